import { createProcess } from './document';
import { parseEvent, parseRecordedEvent } from './eventSchema';
import { applyEvent } from './apply';
import { loadProcess } from './migrations';

/**
 * What the store needs from the domain: validation, creation and the reducer. The store
 * loads it as its own chunk while IndexedDB is read, so the entry bundle stays small as
 * the document grows.
 */
export const engine = { createProcess, applyEvent, loadProcess, parseEvent, parseRecordedEvent };
export type Engine = typeof engine;
