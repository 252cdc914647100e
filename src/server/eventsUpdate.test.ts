// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { isEventsUpdate } from './eventsUpdate';

const limits = { maxValueBytes: 1024, maxKeyLength: 16 };

/** The update one change makes to a document that already holds `before`. */
function updateOf(change: (events: Y.Map<unknown>, doc: Y.Doc) => void, before?: Uint8Array) {
  const doc = new Y.Doc();
  if (before) Y.applyUpdate(doc, before);
  const vector = Y.encodeStateVector(doc);
  change(doc.getMap('events'), doc);
  return Y.encodeStateAsUpdate(doc, vector);
}

describe('isEventsUpdate', () => {
  const first = updateOf((events) => events.set('a', new Uint8Array([1, 2, 3])));

  it('allows binary values in the events map, overwriting and deleting them', () => {
    expect(isEventsUpdate(first, limits)).toBe(true);
    // An overwrite names the old entry as its origin instead of its parent.
    expect(
      isEventsUpdate(
        updateOf((events) => events.set('a', new Uint8Array(8)), first),
        limits,
      ),
    ).toBe(true);
    expect(
      isEventsUpdate(
        updateOf((events) => events.delete('a'), first),
        limits,
      ),
    ).toBe(true);
    expect(isEventsUpdate(new Uint8Array([0, 0]), limits)).toBe(true);
  });

  it.each([
    ['a string value', (events: Y.Map<unknown>) => events.set('a', 'words')],
    ['a JSON value', (events: Y.Map<unknown>) => events.set('a', { text: 'words' })],
    ['a nested type', (events: Y.Map<unknown>) => events.set('a', new Y.Text('words'))],
    ['a value over the limit', (events: Y.Map<unknown>) => events.set('a', new Uint8Array(1025))],
    [
      'a key over the limit',
      (events: Y.Map<unknown>) => events.set('k'.repeat(17), new Uint8Array(1)),
    ],
    [
      'another root type',
      (_: Y.Map<unknown>, doc: Y.Doc) => doc.getArray('other').push([new Uint8Array(1)]),
    ],
  ])('refuses %s', (_name, change) => {
    expect(isEventsUpdate(updateOf(change), limits)).toBe(false);
  });

  it('refuses garbage', () => {
    expect(isEventsUpdate(new Uint8Array([1, 200, 3, 4, 5]), limits)).toBe(false);
  });
});
