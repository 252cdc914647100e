import type { ApvProcess } from '../document';
import { routeEvent, type EventRejection } from '../events';
import { isRejection } from '../outcome';
import type { LogEntry } from './logEntry';

/**
 * A shared process: the document it started from, every entry of its log in clock order, and
 * the document they fold to. Checkpoints keep the document after every `every` entries, so an entry that arrives late (from a device that was offline) is folded in from
 * the nearest checkpoint before it, not from the start.
 */
export interface EventLog {
  readonly base: ApvProcess;
  readonly entries: readonly LogEntry[];
  readonly ids: ReadonlySet<string>;
  /** Entries between checkpoints. */
  readonly every: number;
  /** `checkpoints[k]` is the document after the first `k × every` entries. */
  readonly checkpoints: readonly ApvProcess[];
  readonly doc: ApvProcess;
  /** Entries taken into the log that their section refused, and why; they change nothing. */
  readonly refused: ReadonlyMap<string, EventRejection>;
}

export const CHECKPOINT_EVERY = 128;

export const emptyLog = (base: ApvProcess, every = CHECKPOINT_EVERY): EventLog => ({
  base,
  every,
  entries: [],
  ids: new Set(),
  checkpoints: [base],
  doc: base,
  refused: new Map(),
});

/** Entries sort by their clock, then by id: the one order every device folds in. */
export function compareEntries(a: LogEntry, b: LogEntry): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The time an entry is applied at: its own clock's, the same on every device. */
export const entryTime = (entry: LogEntry): string => new Date(entry.hlc.wall).toISOString();

/**
 * The log with `arrivals` taken in. Entries it already holds are skipped, so arrivals may
 * repeat; order does not matter. Entries that sort after the last one are folded on to the
 * document; earlier ones fold the log again from the checkpoint before the first of them.
 */
export function insertEntries(log: EventLog, arrivals: readonly LogEntry[]): EventLog {
  const fresh = uniqueNew(log.ids, arrivals);
  if (fresh.length === 0) return log;
  const last = log.entries.at(-1);
  const entries =
    last === undefined || compareEntries(last, fresh[0]!) < 0
      ? [...log.entries, ...fresh]
      : mergeSorted(log.entries, fresh);
  const firstChanged = last === undefined ? 0 : firstIndexOf(entries, fresh[0]!);
  const ids = new Set(log.ids);
  for (const entry of fresh) ids.add(entry.id);
  return refold(log, entries, ids, firstChanged);
}

/**
 * The log with one entry made on this device, or why its section refused it: then nothing is
 * logged. Such an entry sorts after all the log holds (its clock has seen them), so it is
 * folded on to the document alone.
 */
export function appendEntry(log: EventLog, entry: LogEntry): EventLog | EventRejection {
  const last = log.entries.at(-1);
  if (log.ids.has(entry.id) || (last !== undefined && compareEntries(last, entry) >= 0)) {
    const next = insertEntries(log, [entry]);
    return next.refused.get(entry.id) ?? next;
  }
  const doc = routeEvent(log.doc, entry.event, entryTime(entry));
  if (isRejection(doc)) return doc;
  const entries = [...log.entries, entry];
  const checkpoints =
    entries.length % log.every === 0 ? [...log.checkpoints, doc] : log.checkpoints;
  return { ...log, entries, ids: new Set(log.ids).add(entry.id), checkpoints, doc };
}

/** New entries, once each, in order. */
function uniqueNew(known: ReadonlySet<string>, arrivals: readonly LogEntry[]): LogEntry[] {
  const seen = new Set<string>();
  const fresh: LogEntry[] = [];
  for (const entry of arrivals) {
    if (known.has(entry.id) || seen.has(entry.id)) continue;
    seen.add(entry.id);
    fresh.push(entry);
  }
  return fresh.sort(compareEntries);
}

function mergeSorted(a: readonly LogEntry[], b: readonly LogEntry[]): LogEntry[] {
  const out: LogEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(compareEntries(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

function firstIndexOf(entries: readonly LogEntry[], entry: LogEntry): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEntries(entries[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folds `entries` from the checkpoint at or before index `from`, keeping checkpoints up. */
function refold(
  log: EventLog,
  entries: readonly LogEntry[],
  ids: ReadonlySet<string>,
  from: number,
): EventLog {
  const { every } = log;
  const k = Math.floor(from / every);
  const checkpoints = log.checkpoints.slice(0, k + 1);
  const refused = new Map(log.refused);
  let doc = checkpoints[k]!;
  for (let i = k * every; i < entries.length; i++) {
    const entry = entries[i]!;
    const next = routeEvent(doc, entry.event, entryTime(entry));
    if (isRejection(next)) refused.set(entry.id, next);
    else {
      refused.delete(entry.id);
      doc = next;
    }
    if ((i + 1) % every === 0) checkpoints.push(doc);
  }
  return { ...log, entries, ids, checkpoints, doc, refused };
}

/**
 * The log with its oldest whole checkpoint blocks folded into its base: those whose last entry
 * is older than `beforeWall` (ms). The document stays the same; an entry that later arrives
 * from before the new base is folded on top of it.
 */
export function compactLog(log: EventLog, beforeWall: number): EventLog {
  const { every, entries } = log;
  let blocks = 0;
  while (
    (blocks + 1) * every <= entries.length &&
    entries[(blocks + 1) * every - 1]!.hlc.wall < beforeWall
  ) {
    blocks++;
  }
  if (blocks === 0) return log;
  const dropped = entries.slice(0, blocks * every);
  const ids = new Set(log.ids);
  const refused = new Map(log.refused);
  for (const entry of dropped) {
    ids.delete(entry.id);
    refused.delete(entry.id);
  }
  return {
    ...log,
    base: log.checkpoints[blocks]!,
    entries: entries.slice(blocks * every),
    ids,
    checkpoints: log.checkpoints.slice(blocks),
    refused,
  };
}
