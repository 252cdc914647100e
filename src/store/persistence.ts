import { entries, promisifyRequest } from 'idb-keyval';
import type { ApvProcess } from '../domain/document';
import type { LoadError } from '../domain/migrations';
import { clock } from './clock';
import { KeptDatabase } from './database';
import { DRAFT_PREFIX, draftsRead, keptDrafts, setDraftWriter } from './drafts';
import { loadEngine } from './engine';
import { useAppStore, type QuarantinedRecord } from './store';

const PROCESS_PREFIX = 'process:';
const QUARANTINE_PREFIX = 'quarantine:';
/** When each process was last in a backup file this browser saved (`AppState.backups`). */
const BACKUPS_KEY = 'backups';
/** A committed change reaches IndexedDB within this delay plus the write itself. */
export const SAVE_DELAY_MS = 100;

const quarantineKey = (q: QuarantinedRecord) => `${QUARANTINE_PREFIX}${q.key}@${q.foundAt}`;

/** The documents, the quarantine, the backup dates and the drafts, each under its own key. */
const documents = new KeptDatabase('apv-dialog', 'documents');
const store = documents.store;
export const write = (puts: [string, unknown][], deletes: string[]): Promise<void> =>
  documents.write(puts, deletes);

/** Reads every stored process; records that fail validation are moved aside, not dropped. */
export async function hydrate(): Promise<void> {
  const [stored, { loadProcess }] = await Promise.all([
    entries<IDBValidKey, unknown>(store),
    loadEngine(),
  ]);
  const processes: Record<string, ApvProcess> = {};
  const quarantine: QuarantinedRecord[] = [];
  const migrated: [string, ApvProcess][] = [];
  const badKeys: string[] = [];
  const foundAt = clock.now().toISOString();
  let backups: Record<string, string> = {};
  const drafts: [string, unknown][] = [];

  for (const [key, value] of stored) {
    if (typeof key !== 'string') continue;
    if (key === BACKUPS_KEY) {
      if (isBackups(value)) backups = value;
      continue;
    }
    if (key.startsWith(DRAFT_PREFIX)) {
      drafts.push([key, value]);
      continue;
    }
    if (key.startsWith(QUARANTINE_PREFIX)) {
      if (isQuarantinedRecord(value)) quarantine.push(value);
      continue;
    }
    if (!key.startsWith(PROCESS_PREFIX)) continue;
    const loaded = loadProcess(value);
    if (loaded.ok && `${PROCESS_PREFIX}${loaded.process.id}` === key) {
      processes[loaded.process.id] = loaded.process;
      if (loaded.migratedFrom !== null) migrated.push([key, loaded.process]);
    } else {
      const reason = loaded.ok ? 'idMismatch' : describe(loaded.error);
      quarantine.push({ key, raw: safeStringify(value), reason, foundAt });
      badKeys.push(key);
    }
  }

  const orphanDrafts = draftsRead(drafts, new Set(Object.keys(processes)));
  const newlyQuarantined = quarantine.filter((q) => badKeys.includes(q.key));
  await write(
    [
      ...migrated,
      ...newlyQuarantined.map((q): [string, QuarantinedRecord] => [quarantineKey(q), q]),
    ],
    [...badKeys, ...orphanDrafts],
  );
  useAppStore.setState({ processes, quarantine, backups, hydrated: true });
}

function describe(error: LoadError): string {
  return error.kind === 'invalid' ? `invalid: ${error.paths.join(', ')}` : error.kind;
}

function isQuarantinedRecord(value: unknown): value is QuarantinedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['key', 'raw', 'reason', 'foundAt'].every((k) => typeof r[k] === 'string');
}

function isBackups(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((at) => typeof at === 'string')
  );
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

const wipeListeners = new Set<() => void>();
/**
 * Calls `listener` whenever the app's database is found deleted under it (site data cleared):
 * what else the app keeps (the shared rooms) is then likely gone too. Returns a stop function.
 */
export function whenStorageWiped(listener: () => void): () => void {
  wipeListeners.add(listener);
  return () => wipeListeners.delete(listener);
}

/**
 * Writes what changed to IndexedDB shortly after each change, and at once while the page is
 * hidden or closed; writes everything back if the database is deleted under it. Returns a stop
 * function.
 */
export function startPersistence(): () => void {
  let saved = useAppStore.getState().processes;
  let quarantineSaved = useAppStore.getState().quarantine;
  let backupsSaved = useAppStore.getState().backups;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let hidden = false;

  const flush = async () => {
    timer = null;
    const { processes, quarantine, backups } = useAppStore.getState();
    const changed = Object.values(processes).filter((p) => saved[p.id] !== p);
    const removed = Object.keys(saved).filter((id) => !(id in processes));
    const added = quarantine.filter((q) => !quarantineSaved.includes(q));
    const dismissed = quarantineSaved.filter((q) => !quarantine.includes(q));
    const previous = [saved, quarantineSaved, backupsSaved] as const;
    const puts: [string, unknown][] = [
      ...changed.map((p): [string, ApvProcess] => [`${PROCESS_PREFIX}${p.id}`, p]),
      ...added.map((q): [string, QuarantinedRecord] => [quarantineKey(q), q]),
    ];
    if (backups !== backupsSaved) puts.push([BACKUPS_KEY, backups]);
    saved = processes;
    quarantineSaved = quarantine;
    backupsSaved = backups;
    try {
      await write(puts, [
        ...removed.map((id) => `${PROCESS_PREFIX}${id}`),
        ...dismissed.map(quarantineKey),
      ]);
      if (!timer && (await stillStored(false))) useAppStore.setState({ saveState: 'saved' });
    } catch {
      documents.reconnect(); // open it again for the next try
      [saved, quarantineSaved, backupsSaved] = previous; // try again with the next change
      useAppStore.setState({ saveState: 'error' });
    }
  };

  // Site data cleared by the browser may leave the app's connection on the deleted database
  // (Chromium keeps it readable and writable). After each write, check that what was saved is
  // still there; when the user comes back to the page, check it on a new connection (which
  // finds the database gone, see `KeptDatabase`). Either writes everything back if not.
  const stillStored = async (reconnect: boolean) => {
    if (reconnect) documents.reconnect();
    const keys = new Set(
      await store('readonly', (objects) => promisifyRequest(objects.getAllKeys())),
    );
    // Cleared means all gone: one record missing may be a process another window deleted.
    const ids = Object.keys(saved);
    const kept = ids.length === 0 || ids.some((id) => keys.has(`${PROCESS_PREFIX}${id}`));
    if (!kept) documents.onRecreated();
    return kept;
  };
  const schedule = () => {
    if (hidden) {
      flushNow();
    } else {
      timer ??= setTimeout(() => void flush(), SAVE_DELAY_MS);
    }
  };
  const flushNow = () => {
    if (timer) clearTimeout(timer);
    void flush();
  };

  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (
      state.processes !== prev.processes ||
      state.quarantine !== prev.quarantine ||
      state.backups !== prev.backups
    ) {
      if (state.saveState !== 'pending') useAppStore.setState({ saveState: 'pending' });
      schedule();
    }
  });
  // While the page is hidden or closing, a change (a field committing its draft) is written at
  // once, in the same task, so that its transaction is started before the page goes.
  const visibility = (e: Event) => {
    hidden = e.type === 'pagehide' || document.visibilityState === 'hidden';
    if (hidden && timer) flushNow();
    if (!hidden) void stillStored(true).catch(() => {});
  };
  documents.onRecreated = () => {
    for (const listener of wipeListeners) listener();
    const { processes, quarantine } = useAppStore.getState();
    if (Object.keys(processes).length + quarantine.length === 0) return;
    saved = {};
    quarantineSaved = [];
    backupsSaved = {};
    useAppStore.setState({ storageLost: true, saveState: 'pending' });
    flushNow();
    void write(keptDrafts(), []).catch(() => {});
  };
  window.addEventListener('pagehide', visibility);
  window.addEventListener('pageshow', visibility);
  window.addEventListener('focus', visibility);
  document.addEventListener('visibilitychange', visibility);
  setDraftWriter(write);
  return () => {
    setDraftWriter(null);
    unsubscribe();
    documents.onRecreated = () => {};
    window.removeEventListener('pagehide', visibility);
    window.removeEventListener('pageshow', visibility);
    window.removeEventListener('focus', visibility);
    document.removeEventListener('visibilitychange', visibility);
    if (timer) flushNow();
  };
}
