import type { ApvProcess } from './document';
import { parseEvent } from './eventSchema';
import { ROUTED_TYPES, routeEvent, type EventRejection } from './events';
import { isRejection } from './outcome';

const known: ReadonlySet<string> = new Set(ROUTED_TYPES);

/** Whether `raw` names an event type this version of the app does not know. */
function isUnknownType(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'type')) return false;
  const { type } = raw as { type: unknown };
  return typeof type === 'string' && !known.has(type);
}

/**
 * The one way an event changes a process, wherever it comes from (this window, another
 * window, a file, later the network): checked against the event schema, then judged by its
 * section. Returns the next process, the same process (by reference) when nothing changes,
 * or why the event was refused. Pure and total: the same events give the same process.
 */
export function applyEvent(doc: ApvProcess, raw: unknown, at: string): ApvProcess | EventRejection {
  const parsed = parseEvent(raw);
  if (!parsed.ok) return isUnknownType(raw) ? 'unknownEvent' : 'invalidEvent';
  return routeEvent(doc, parsed.event, at);
}

/** The process after `raw`, or the same process when it was refused: for replaying a log. */
export function foldEvent(doc: ApvProcess, raw: unknown, at: string): ApvProcess {
  const next = applyEvent(doc, raw, at);
  return isRejection(next) ? doc : next;
}
