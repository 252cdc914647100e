import { createProcess } from './document';
import { parseEvent, parseRecordedEvent } from './eventSchema';
import { applyEvent } from './apply';
import { loadProcess } from './migrations';
import { parseDraft } from './draft';
import { makeEntry } from './sync/logEntry';
import * as replica from './sync/replica';

/**
 * What the store needs from the domain: validation, creation and the reducer. The store
 * loads it as its own chunk while IndexedDB is read, so the entry bundle stays small as
 * the document grows.
 */
export const engine = {
  createProcess,
  applyEvent,
  loadProcess,
  parseDraft,
  parseEvent,
  parseRecordedEvent,
  makeEntry,
  replica,
};
export type Engine = typeof engine;
