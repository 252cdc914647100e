import { parseEvent } from '../eventSchema';
import type { ProcessEvent } from '../events';
import { SCHEMA_VERSION } from '../version';
import { decodeHlc, encodeHlc, type Hlc } from './hlc';

/**
 * One event in a shared process's log: what happened, when by the clock of the device that
 * made it, and its own id (the key it is stored under, so it is taken once however often it
 * arrives). The log, not the document, is what devices share; each folds it in clock order.
 */
export interface LogEntry {
  id: string;
  hlc: Hlc;
  /** The clock as text, which sorts as the clock does. */
  key: string;
  event: ProcessEvent;
}

/** An entry as it is written before encryption. */
export interface EntryPayload {
  schemaVersion: number;
  hlc: string;
  event: ProcessEvent;
}

const ID = /^[A-Za-z0-9_-]{8,64}$/;
export const isEntryId = (id: string): boolean => ID.test(id);

export function makeEntry(id: string, hlc: Hlc, event: ProcessEvent): LogEntry {
  return { id, hlc, key: encodeHlc(hlc), event };
}

export const entryPayload = (entry: LogEntry): EntryPayload => ({
  schemaVersion: SCHEMA_VERSION,
  hlc: entry.key,
  event: entry.event,
});

/** Why an arriving entry was set aside instead of applied. */
export type EntryProblem = 'badId' | 'notAnEntry' | 'newerVersion' | 'badClock' | 'invalidEvent';

/** Checks a decrypted entry stored under `id`: the envelope, its clock, then the event schema. */
export function readEntry(
  id: string,
  raw: unknown,
): { ok: true; entry: LogEntry } | { ok: false; problem: EntryProblem } {
  if (!isEntryId(id)) return { ok: false, problem: 'badId' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: 'notAnEntry' };
  }
  const { schemaVersion, hlc, event, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !Number.isSafeInteger(schemaVersion)) {
    return { ok: false, problem: 'notAnEntry' };
  }
  if ((schemaVersion as number) > SCHEMA_VERSION) return { ok: false, problem: 'newerVersion' };
  const clock = decodeHlc(hlc);
  if (!clock) return { ok: false, problem: 'badClock' };
  const parsed = parseEvent(event);
  if (!parsed.ok) return { ok: false, problem: 'invalidEvent' };
  return { ok: true, entry: makeEntry(id, clock, parsed.event) };
}
