import type { ApvProcess } from './document';
import { applyPreparationEvent, type PreparationEvent } from './preparation/events';

/** Every change to an APV process is one of these plain, serialisable events. */
export type ProcessEvent = PreparationEvent;

/**
 * Applies an event to a process at time `at` (ISO). Pure: the same event on the same
 * document gives the same result, which is what lets other windows replay it.
 */
export function applyEvent(doc: ApvProcess, event: ProcessEvent, at: string): ApvProcess {
  const next = applyPreparationEvent(doc, event);
  return next === doc ? doc : { ...next, updatedAt: at };
}
