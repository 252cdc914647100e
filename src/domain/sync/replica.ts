import type { ApvProcess } from '../document';
import type { EventRejection } from '../events';
import { isRejection } from '../outcome';
import { appendEntry, compactLog, emptyLog, insertEntries, type EventLog } from './eventLog';
import { parseRecordedEvent } from '../eventSchema';
import { decodeHlc } from './hlc';
import { isEntryId, makeEntry, type LogEntry } from './logEntry';

/**
 * A window's copy of a process that is not shared is an event log too (the same log and order
 * a shared process uses): windows of one browser send each other their entries, and whatever
 * order these arrive in, every window that holds the same entries shows the same document.
 */

/** Entries are kept apart from the base while they are younger than this. */
export const KEEP_ENTRIES_MS = 30_000;

export const startReplica = (doc: ApvProcess): EventLog => emptyLog(doc);

/** The log with an entry made in this window, or why its section refused it. */
export function recordHere(log: EventLog, entry: LogEntry): EventLog | EventRejection {
  const next = appendEntry(log, entry);
  return isRejection(next) ? next : compacted(next);
}

/** The log with entries from other windows taken in (repeats skipped, any order). */
export function takeArrivals(log: EventLog, entries: readonly LogEntry[]): EventLog {
  const next = insertEntries(log, entries);
  return next === log ? log : compacted(next);
}

/**
 * What a window that has just opened takes from another's snapshot: that window's base and the
 * entries it holds beside it, with the entries this one made or received since it opened (they
 * are younger than that base, so none of them is in it already).
 */
export function takeSnapshot(
  log: EventLog | undefined,
  base: ApvProcess,
  entries: readonly LogEntry[],
): EventLog {
  return compacted(insertEntries(emptyLog(base), [...entries, ...(log?.entries ?? [])]));
}

/** Old entries folded into the base, so the log stays short through a long session. */
function compacted(log: EventLog): EventLog {
  const newest = log.entries.at(-1)?.hlc.wall;
  return newest === undefined ? log : compactLog(log, newest - KEEP_ENTRIES_MS);
}

/** An entry as windows send it to each other. */
export interface WireEntry {
  processId: string;
  id: string;
  hlc: string;
  event: unknown;
}

export const toWire = (processId: string, entry: LogEntry): WireEntry => ({
  processId,
  id: entry.id,
  hlc: entry.key,
  event: entry.event,
});

/** An entry from another window, checked (id, clock, then the event schema), or why not. */
export function readWireEntry(
  raw: Record<string, unknown>,
): { ok: true; processId: string; entry: LogEntry } | { ok: false; reason: string } {
  if (typeof raw.id !== 'string' || !isEntryId(raw.id)) return { ok: false, reason: 'no valid id' };
  const hlc = decodeHlc(raw.hlc);
  if (!hlc) return { ok: false, reason: 'no valid clock' };
  const parsed = parseRecordedEvent({
    processId: raw.processId,
    event: raw.event,
    at: new Date(hlc.wall).toISOString(),
  });
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const { processId, event } = parsed.recorded;
  return { ok: true, processId, entry: makeEntry(raw.id, hlc, event) };
}
