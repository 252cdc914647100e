import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyEvent, eventSequence } from './arbitraries.testHelper';
import { wishesEventError } from './errors';
import { applyWishesEvent, isWishesEvent, WISHES_EVENT_TYPES } from './events';
import { wishesSectionSchema } from './schema';
import { emptyWishesSection } from './section';

describe('applyWishesEvent', () => {
  it('never produces a section that fails its own schema, for random event sequences', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 60), (events) => {
        let section = emptyWishesSection();
        for (const event of events) {
          section = applyWishesEvent(section, event);
          const parsed = wishesSectionSchema.safeParse(section);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('returns the same section exactly when the event is refused or changes nothing', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 30), anyEvent, (events, generated) => {
        const section = events.reduce(applyWishesEvent, emptyWishesSection());
        const event = 'entryId' in generated ? { ...generated, entryId: 'last' } : generated;
        const next = applyWishesEvent(section, event);
        if (wishesEventError(section, event) !== null) expect(next).toBe(section);
        if (next !== section) expect(next).not.toEqual(section);
      }),
    );
  });

  it('is pure: it never changes the section it is given', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 30), (events) => {
        const sections = [emptyWishesSection()];
        for (const event of events) sections.push(applyWishesEvent(sections.at(-1)!, event));
        const snapshot = JSON.stringify(sections);
        events.reduce(applyWishesEvent, emptyWishesSection());
        expect(JSON.stringify(sections)).toBe(snapshot);
        for (const [i, event] of events.entries()) applyWishesEvent(sections[i]!, event);
        expect(JSON.stringify(sections)).toBe(snapshot);
      }),
    );
  });

  it('routes its own event types and no others', () => {
    for (const type of WISHES_EVENT_TYPES) expect(isWishesEvent({ type })).toBe(true);
    expect(isWishesEvent({ type: 'processRenamed' })).toBe(false);
  });
});

describe('wishesSectionSchema', () => {
  it('accepts an empty section and rejects broken cross-references', () => {
    expect(wishesSectionSchema.safeParse(emptyWishesSection()).success).toBe(true);
    const dangling = {
      ...emptyWishesSection(),
      marks: [{ id: 'x', wishId: 'ghost', delta: 1, at: '2027-01-12T13:00:00Z' }],
    };
    expect(wishesSectionSchema.safeParse(dangling).success).toBe(false);
    const wish = (id: string, mergedInto: string | null) => ({
      id,
      text: id,
      group: 1,
      createdAt: '2027-01-12T13:00:00Z',
      mergedInto,
      removedAt: null,
    });
    const cycle = {
      ...emptyWishesSection(),
      wishes: [wish('a', 'b'), wish('b', 'a')],
      merges: [
        {
          id: 'm1',
          targetId: 'b',
          sourceIds: ['a'],
          previousText: 'b',
          at: '2027-01-12T13:00:00Z',
        },
        {
          id: 'm2',
          targetId: 'a',
          sourceIds: ['b'],
          previousText: 'a',
          at: '2027-01-12T13:00:00Z',
        },
      ],
    };
    expect(wishesSectionSchema.safeParse(cycle).success).toBe(false);
  });
});
