import type { ApvProcess } from '../domain/document';
import { LIMITS } from '../domain/limits';
import { SCHEMA_VERSION } from '../domain/version';
import { engine } from './engine';
import type { LogEntry } from '../domain/sync/logEntry';
import { markChangeElsewhere, putProcesses, setBroadcast, useAppStore } from './store';
import { SYNC_PROTOCOL, stamp, type ReadMessage, type SyncMessage } from './syncMessages';
import { forgetLog, snapshotOf, takeFromWindows, takeSnapshotOf, windowId } from './windowLogs';

const CHANNEL = 'apv-dialog-sync';

/**
 * Keeps windows of the app in step. Windows send each other the entries of their event logs
 * (an event, its clock and id), not whole documents, and every window folds the entries it has
 * in the same order (`domain/sync/replica.ts`), so all of them show, and save, the same
 * document. A window that opens says hello and takes the first answer: another window's log.
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
  joined = false;
  send({ kind: 'hello', from: windowId });
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

/** Whether this window has taken another's snapshot since it said hello. */
let joined = false;

function apply(message: ReadMessage, reply: (m: SyncMessage) => void): void {
  const store = useAppStore;
  switch (message.kind) {
    case 'event':
      store.setState((s) => {
        const doc = s.processes[message.processId];
        if (!doc || s.shares[message.processId]) return {};
        const next = takeFromWindows(message.processId, doc, [message.entry]);
        if (next === doc) return {};
        markChangeElsewhere();
        return { processes: { ...s.processes, [message.processId]: next } };
      });
      return;
    case 'put':
      store.setState((s) => putProcesses(s, message.processes));
      return;
    case 'delete':
      forgetLog(message.id);
      store.setState((s) => {
        if (!(message.id in s.processes)) return {};
        const { [message.id]: _removed, ...rest } = s.processes;
        return { processes: rest };
      });
      return;
    case 'hello':
      if (store.getState().hydrated) {
        const { processes, shares } = store.getState();
        const local = Object.values(processes).filter((p) => !shares[p.id]);
        reply({ kind: 'snapshot', to: message.from, ...snapshotOf(local) });
      }
      return;
    case 'snapshot':
      if (message.to !== windowId || joined) return;
      joined = true;
      store.setState((s) => takeSnapshot(s, message.processes, message.entries));
      return;
    case 'version':
      return;
  }
}

/** Each process of another window's snapshot, folded with what this window logged meanwhile. */
function takeSnapshot(
  s: { processes: Record<string, ApvProcess>; shares: Record<string, unknown> },
  bases: readonly ApvProcess[],
  entries: readonly [string, LogEntry][],
): { processes: Record<string, ApvProcess> } | Record<string, never> {
  const next = { ...s.processes };
  let changed = false;
  for (const base of bases) {
    if (s.shares[base.id]) continue;
    const own = s.processes[base.id];
    const theirs = entries.filter(([id]) => id === base.id).map(([, entry]) => entry);
    const doc = takeSnapshotOf(base.id, own, base, theirs);
    if (doc !== own) {
      next[base.id] = doc;
      changed = true;
    }
  }
  if (!changed) return {};
  markChangeElsewhere();
  return { processes: next };
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
  | { kind: 'ok'; message: ReadMessage }
  | { kind: 'newer' }
  | { kind: 'older'; hello: boolean }
  | { kind: 'rejected'; reason: string };

/** The keys each kind of message may have besides `kind` and the versions. */
const FIELDS: Record<SyncMessage['kind'], readonly string[]> = {
  event: ['processId', 'id', 'hlc', 'event'],
  put: ['processes'],
  delete: ['id'],
  hello: ['from'],
  snapshot: ['to', 'processes', 'entries'],
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
      const read = engine().replica.readWireEntry(m);
      return read.ok
        ? { kind: 'ok', message: { kind: 'event', processId: read.processId, entry: read.entry } }
        : { kind: 'rejected', reason: `event: ${read.reason}` };
    }
    case 'put': {
      const processes = readProcesses(m.processes);
      if (typeof processes === 'string') return { kind: 'rejected', reason: `put: ${processes}` };
      return { kind: 'ok', message: { kind: 'put', processes } };
    }
    case 'snapshot': {
      if (!isWindowId(m.to)) return { kind: 'rejected', reason: 'snapshot: no valid window' };
      const processes = readProcesses(m.processes);
      if (typeof processes === 'string') {
        return { kind: 'rejected', reason: `snapshot: ${processes}` };
      }
      const entries = readEntries(m.entries);
      if (typeof entries === 'string') return { kind: 'rejected', reason: `snapshot: ${entries}` };
      return { kind: 'ok', message: { kind: 'snapshot', to: m.to, processes, entries } };
    }
    case 'delete':
      return typeof m.id === 'string' && m.id.length >= 1 && m.id.length <= 100
        ? { kind: 'ok', message: { kind: 'delete', id: m.id } }
        : { kind: 'rejected', reason: 'delete: no valid id' };
    case 'hello':
      return isWindowId(m.from)
        ? { kind: 'ok', message: { kind: 'hello', from: m.from } }
        : { kind: 'rejected', reason: 'hello: no valid window' };
    case 'version':
      return { kind: 'ok', message: { kind: 'version' } };
  }
}

const isWindowId = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z0-9_-]{8,40}$/.test(v);

/** The entries of a snapshot, checked one by one; one bad entry refuses the message. */
function readEntries(raw: unknown): [string, LogEntry][] | string {
  if (!Array.isArray(raw)) return 'no list of entries';
  if (raw.length > LIMITS.listItems * 10) return 'too many entries';
  const entries: [string, LogEntry][] = [];
  for (const [i, item] of raw.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return `entry ${i}: not an object`;
    }
    const extra = Object.keys(item).find((k) => !['processId', 'id', 'hlc', 'event'].includes(k));
    if (extra !== undefined) return `entry ${i}: unknown key ${extra.slice(0, 40)}`;
    const read = engine().replica.readWireEntry(item as Record<string, unknown>);
    if (!read.ok) return `entry ${i}: ${read.reason}`.slice(0, 300);
    entries.push([read.processId, read.entry]);
  }
  return entries;
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
