import type { ApvProcess } from '../domain/document';
import { LIMITS } from '../domain/limits';
import { SCHEMA_VERSION } from '../domain/version';
import { engine } from './engine';
import { applyToState, putProcesses, setBroadcast, useAppStore } from './store';
import { SYNC_PROTOCOL, stamp, type SyncMessage } from './syncMessages';

const CHANNEL = 'apv-dialog-sync';

/**
 * Keeps windows of the app in step. Windows send each other events, not whole
 * documents, so two windows editing different fields of a process both keep their edit.
 *
 * Every message carries the sender's schema and protocol versions. A message is taken only
 * from a window on the same versions, and only once it passes the schemas (events through
 * the event schema, documents through the document schema); anything else changes nothing:
 * - from a newer window: this window stops taking its messages and asks the user to reload;
 * - from an older window: ignored (it reloads when it hears from us; we answer its hello);
 * - malformed: ignored, counted in `sync` and logged.
 */
export function startSync(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  const send = (message: SyncMessage) => channel.postMessage(stamp(message));
  setBroadcast(send);
  channel.onmessage = (e: MessageEvent<unknown>) => receive(e.data, send);
  channel.onmessageerror = () => reject('a message that could not be read');
  send({ kind: 'hello' });
  return () => {
    setBroadcast(() => {});
    channel.close();
  };
}

/** Handles one message from another window; `reply` sends back to the channel. */
export function receive(raw: unknown, reply: (m: SyncMessage) => void): void {
  const read = readMessage(raw);
  if (read.kind === 'newer') return newerVersionSeen();
  if (read.kind === 'older') {
    if (read.hello) reply({ kind: 'version' });
    return;
  }
  if (read.kind === 'rejected') return reject(read.reason);
  apply(read.message, reply);
}

function apply(message: SyncMessage, reply: (m: SyncMessage) => void): void {
  const store = useAppStore;
  switch (message.kind) {
    case 'event':
      store.setState((s) => applyToState(s, message.processId, message.event, message.at));
      return;
    case 'put':
      store.setState((s) => putProcesses(s, message.processes));
      return;
    case 'delete':
      store.setState((s) => {
        if (!(message.id in s.processes)) return {};
        const { [message.id]: _removed, ...rest } = s.processes;
        return { processes: rest };
      });
      return;
    case 'hello':
      if (store.getState().hydrated) {
        reply({ kind: 'snapshot', processes: Object.values(store.getState().processes) });
      }
      return;
    case 'snapshot': {
      // Take another window's copy only where it is newer than ours (it may not be saved yet).
      const newer = (s: { processes: Record<string, ApvProcess> }) =>
        message.processes.filter((p) => {
          const ours = s.processes[p.id];
          return ours === undefined || ours.updatedAt < p.updatedAt;
        });
      store.setState((s) => {
        const taken = newer(s);
        return taken.length === 0 ? {} : putProcesses(s, taken);
      });
      return;
    }
    case 'version':
      return;
  }
}

function newerVersionSeen(): void {
  const { sync } = useAppStore.getState();
  if (sync.newerVersion) return;
  console.warn('Another window runs a newer version of the app; reload this one.');
  useAppStore.setState({ sync: { ...sync, newerVersion: true } });
}

function reject(reason: string): void {
  console.warn(`Ignored a message from another window: ${reason}`);
  const { sync } = useAppStore.getState();
  useAppStore.setState({
    sync: { ...sync, rejected: sync.rejected + 1, lastRejection: reason },
  });
}

type Read =
  | { kind: 'ok'; message: SyncMessage }
  | { kind: 'newer' }
  | { kind: 'older'; hello: boolean }
  | { kind: 'rejected'; reason: string };

/** The keys each kind of message may have besides `kind` and the versions. */
const FIELDS: Record<SyncMessage['kind'], readonly string[]> = {
  event: ['processId', 'event', 'at'],
  put: ['processes'],
  delete: ['id'],
  hello: [],
  snapshot: ['processes'],
  version: [],
};
const ENVELOPE = ['kind', 'protocol', 'schemaVersion'];

const isVersion = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

/** Checks the envelope and versions first, then the content with the domain's schemas. */
function readMessage(raw: unknown): Read {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'rejected', reason: 'not an object' };
  }
  const m = raw as Record<string, unknown>;
  const hello = m.kind === 'hello';
  // Windows from before the versions were sent send neither: they are older.
  if (m.protocol === undefined && m.schemaVersion === undefined) return { kind: 'older', hello };
  if (!isVersion(m.protocol) || !isVersion(m.schemaVersion)) {
    return { kind: 'rejected', reason: 'no valid version' };
  }
  if (m.protocol > SYNC_PROTOCOL || m.schemaVersion > SCHEMA_VERSION) return { kind: 'newer' };
  if (m.protocol < SYNC_PROTOCOL || m.schemaVersion < SCHEMA_VERSION) {
    return { kind: 'older', hello };
  }

  const kind = m.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(FIELDS, kind)) {
    return { kind: 'rejected', reason: 'unknown kind of message' };
  }
  const allowed = [...ENVELOPE, ...FIELDS[kind as SyncMessage['kind']]];
  const extra = Object.keys(m).find((key) => !allowed.includes(key));
  if (extra !== undefined) {
    return { kind: 'rejected', reason: `${kind}: unknown key ${extra.slice(0, 40)}` };
  }

  switch (kind as SyncMessage['kind']) {
    case 'event': {
      const parsed = engine().parseRecordedEvent({
        processId: m.processId,
        event: m.event,
        at: m.at,
      });
      return parsed.ok
        ? { kind: 'ok', message: { kind: 'event', ...parsed.recorded } }
        : { kind: 'rejected', reason: `event: ${parsed.reason}` };
    }
    case 'put':
    case 'snapshot': {
      const processes = readProcesses(m.processes);
      if (typeof processes === 'string')
        return { kind: 'rejected', reason: `${kind}: ${processes}` };
      return { kind: 'ok', message: { kind: kind as 'put' | 'snapshot', processes } };
    }
    case 'delete':
      return typeof m.id === 'string' && m.id.length >= 1 && m.id.length <= 100
        ? { kind: 'ok', message: { kind: 'delete', id: m.id } }
        : { kind: 'rejected', reason: 'delete: no valid id' };
    case 'hello':
      return { kind: 'ok', message: { kind: 'hello' } };
    case 'version':
      return { kind: 'ok', message: { kind: 'version' } };
  }
}

/**
 * Documents of this schema version that pass the document schema (fresh copies), or why not.
 * One bad document refuses the whole message: a window on our version never sends one.
 */
function readProcesses(raw: unknown): ApvProcess[] | string {
  if (!Array.isArray(raw)) return 'no list of documents';
  if (raw.length > LIMITS.listItems) return 'too many documents';
  const processes: ApvProcess[] = [];
  for (const [i, doc] of raw.entries()) {
    const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== SCHEMA_VERSION) {
      return `document ${i} is of schema version ${String(version).slice(0, 20)}`;
    }
    const loaded = engine().loadProcess(doc);
    if (!loaded.ok) {
      const { error } = loaded;
      const detail = error.kind === 'invalid' ? `invalid at ${error.paths.join(', ')}` : error.kind;
      return `document ${i}: ${detail}`.slice(0, 300);
    }
    processes.push(loaded.process);
  }
  return processes;
}
