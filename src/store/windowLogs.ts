import type { ApvProcess } from '../domain/document';
import type { EventRejection, ProcessEvent } from '../domain/events';
import type { EventLog } from '../domain/sync/eventLog';
import { hlcSeen, hlcStart, hlcTick, type Hlc } from '../domain/sync/hlc';
import type { LogEntry } from '../domain/sync/logEntry';
import type { WireEntry } from '../domain/sync/replica';
import { isRejection } from '../domain/outcome';
import { clock } from './clock';
import { engine } from './engine';

/**
 * This window's event log of each process that is not shared (`domain/sync/replica.ts`): the
 * document the store shows is the log's. A document put in place some other way (loaded,
 * imported, created) starts a new log from it.
 */
const logs = new Map<string, EventLog>();
/** This window's id: the device of its clocks, which breaks ties between windows. */
export const windowId = clock.entryId();
let hlc: Hlc = hlcStart(windowId);

function logOf(processId: string, doc: ApvProcess): EventLog {
  const log = logs.get(processId);
  return log?.doc === doc ? log : engine().replica.startReplica(doc);
}

/** An event made here: the next document and the entry to send, or why it was refused. */
export function recordInWindow(
  processId: string,
  doc: ApvProcess,
  event: ProcessEvent,
): { doc: ApvProcess; wire: WireEntry } | EventRejection | 'invalidTime' {
  const parsed = engine().parseEvent(event);
  if (!parsed.ok) {
    const refused = engine().applyEvent(doc, event, clock.now().toISOString());
    return isRejection(refused) ? refused : 'invalidEvent';
  }
  const next = hlcTick(hlc, clock.now().getTime());
  const entry = engine().makeEntry(clock.entryId(), next, parsed.event);
  const log = engine().replica.recordHere(logOf(processId, doc), entry);
  if (isRejection(log)) return log;
  hlc = next;
  logs.set(processId, log);
  return { doc: log.doc, wire: engine().replica.toWire(processId, entry) };
}

/** The document after entries from other windows. */
export function takeFromWindows(
  processId: string,
  doc: ApvProcess,
  entries: readonly LogEntry[],
): ApvProcess {
  seen(entries);
  const log = engine().replica.takeArrivals(logOf(processId, doc), entries);
  logs.set(processId, log);
  return log.doc;
}

/** The document after another window's copy (this window has just opened). */
export function takeSnapshotOf(
  processId: string,
  doc: ApvProcess | undefined,
  base: ApvProcess,
  entries: readonly LogEntry[],
): ApvProcess {
  seen(entries);
  const own = doc === undefined ? undefined : logOf(processId, doc);
  const log = engine().replica.takeSnapshot(own, base, entries);
  logs.set(processId, log);
  return log.doc;
}

/** What this window holds of these processes, for a window that has just opened. */
export function snapshotOf(processes: readonly ApvProcess[]): {
  processes: ApvProcess[];
  entries: WireEntry[];
} {
  const held = processes.map((doc) => logOf(doc.id, doc));
  return {
    processes: held.map((log) => log.base),
    entries: held.flatMap((log) =>
      log.entries.map((entry) => engine().replica.toWire(log.doc.id, entry)),
    ),
  };
}

export function forgetLog(processId: string): void {
  logs.delete(processId);
}

/** Tests start each from a window that has seen nothing. */
export function resetWindowLogs(): void {
  logs.clear();
  hlc = hlcStart(windowId);
}

function seen(entries: readonly LogEntry[]): void {
  for (const entry of entries) hlc = hlcSeen(hlc, entry.hlc);
}
