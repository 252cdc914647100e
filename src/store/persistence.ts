import { createStore, delMany, entries, setMany, type UseStore } from 'idb-keyval';
import type { ApvProcess } from '../domain/document';
import type { LoadError } from '../domain/migrations';
import { clock } from './clock';
import { loadEngine } from './engine';
import { useAppStore, type QuarantinedRecord } from './store';

const PROCESS_PREFIX = 'process:';
const QUARANTINE_PREFIX = 'quarantine:';
/** A committed change reaches IndexedDB within this delay plus the write itself. */
export const SAVE_DELAY_MS = 100;

let db: UseStore | null = null;
function database(): UseStore {
  db ??= createStore('apv-dialog', 'documents');
  return db;
}

/** Reads every stored process; records that fail validation are moved aside, not dropped. */
export async function hydrate(): Promise<void> {
  const [stored, { loadProcess }] = await Promise.all([
    entries<IDBValidKey, unknown>(database()),
    loadEngine(),
  ]);
  const processes: Record<string, ApvProcess> = {};
  const quarantine: QuarantinedRecord[] = [];
  const migrated: [string, ApvProcess][] = [];
  const badKeys: string[] = [];
  const foundAt = clock.now().toISOString();

  for (const [key, value] of stored) {
    if (typeof key !== 'string') continue;
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

  const newlyQuarantined = quarantine.filter((q) => badKeys.includes(q.key));
  await setMany(
    [
      ...migrated,
      ...newlyQuarantined.map((q): [string, QuarantinedRecord] => [
        `${QUARANTINE_PREFIX}${q.key}@${q.foundAt}`,
        q,
      ]),
    ],
    database(),
  );
  await delMany(badKeys, database());
  useAppStore.setState({ processes, quarantine, hydrated: true });
}

function describe(error: LoadError): string {
  return error.kind === 'invalid' ? `invalid: ${error.paths.join(', ')}` : error.kind;
}

function isQuarantinedRecord(value: unknown): value is QuarantinedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['key', 'raw', 'reason', 'foundAt'].every((k) => typeof r[k] === 'string');
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Writes changed processes to IndexedDB shortly after each change; returns a stop function. */
export function startPersistence(): () => void {
  let saved = useAppStore.getState().processes;
  let quarantineSaved = useAppStore.getState().quarantine;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = async () => {
    timer = null;
    const { processes, quarantine } = useAppStore.getState();
    const changed = Object.values(processes).filter((p) => saved[p.id] !== p);
    const removed = Object.keys(saved).filter((id) => !(id in processes));
    const dismissed = quarantineSaved.filter((q) => !quarantine.includes(q));
    const previous = saved;
    saved = processes;
    quarantineSaved = quarantine;
    try {
      await setMany(
        changed.map((p): [string, ApvProcess] => [`${PROCESS_PREFIX}${p.id}`, p]),
        database(),
      );
      await delMany(
        [
          ...removed.map((id) => `${PROCESS_PREFIX}${id}`),
          ...dismissed.map((q) => `${QUARANTINE_PREFIX}${q.key}@${q.foundAt}`),
        ],
        database(),
      );
      if (!timer) useAppStore.setState({ saveState: 'saved' });
    } catch {
      saved = previous; // try again with the next change
      useAppStore.setState({ saveState: 'error' });
    }
  };

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (state.processes !== prev.processes || state.quarantine !== prev.quarantine) {
      if (state.saveState !== 'pending') useAppStore.setState({ saveState: 'pending' });
      schedule();
    }
  });
  const flushNow = () => {
    if (timer) {
      clearTimeout(timer);
      void flush();
    }
  };
  window.addEventListener('pagehide', flushNow);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flushNow);
    flushNow();
  };
}
