import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcess, type ApvProcess } from './document';
import { applyEvent, foldEvent } from './apply';
import { loadProcess } from './migrations';
import { isRejection } from './outcome';
import { junk, processEvent } from './testing/eventArbitrary';
import { seedWishes } from './wishes/arbitraries.testHelper';

const start = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2027-01-01T08:00:00Z') });
/** Envelope time of every event: after the generated event times, so most are in bounds. */
const at = '2027-01-12T14:00:00.000Z';

/** Events as they arrive from elsewhere: mostly real ones, some junk mixed in. */
const arrivals = fc.array(
  fc.oneof({ arbitrary: processEvent, weight: 5 }, { arbitrary: junk, weight: 1 }),
  { maxLength: 60 },
);

function replay(events: readonly unknown[]): ApvProcess {
  // The seeded wishes give later events something to hit.
  const seeded = seedWishes.reduce((doc, e) => foldEvent(doc, e, at), start);
  return events.reduce<ApvProcess>((doc, e) => foldEvent(doc, e, at), seeded);
}

describe('replaying events', () => {
  it('gives a valid document, the same on every replay, whatever arrives', () => {
    fc.assert(
      fc.property(arrivals, (events) => {
        const once = replay(events);
        expect(loadProcess(JSON.parse(JSON.stringify(once))).ok).toBe(true);
        expect(replay(events)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and either refuses an event, leaving the document as it was, or applies it', () => {
    fc.assert(
      fc.property(arrivals, fc.oneof(processEvent, junk), (events, last) => {
        const before = replay(events);
        const snapshot = JSON.stringify(before);
        const outcome = applyEvent(before, last, at);
        expect(JSON.stringify(before)).toBe(snapshot);
        if (isRejection(outcome)) expect(foldEvent(before, last, at)).toBe(before);
        else expect(loadProcess(JSON.parse(JSON.stringify(outcome))).ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses junk by name and keeps the very same document', () => {
    fc.assert(
      fc.property(junk, (event) => {
        const outcome = applyEvent(start, event, at);
        expect(typeof outcome).toBe('string');
        expect(['unknownEvent', 'invalidEvent']).toContain(outcome);
        expect(foldEvent(start, event, at)).toBe(start);
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
