import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejection } from '../outcome';
import { anyEvent, eventSequence } from './arbitraries.testHelper';
import { applyWishesEvent, type WishesContext, type WishesEvent } from './events';
import { replayLog } from './exampleWorkplace.testHelper';
import { WISHES_REJECTIONS } from './rejections';
import { wishesSectionSchema } from './schema';
import { emptyWishesSection } from './section';
import { type WishesSection } from './types';

/** The room's head count: unknown, or small enough that the mark limit comes into play. */
const room: fc.Arbitrary<WishesContext> = fc.record({
  participants: fc.constantFrom(null, 1, 2, 4),
});

/** One step of a replayed log: the next section, or the same one when the event is refused. */
const step =
  (context: WishesContext) =>
  (section: WishesSection, event: WishesEvent): WishesSection => {
    const next = applyWishesEvent(section, event, context);
    return isRejection(next) ? section : next;
  };

describe('applyWishesEvent', () => {
  it('never produces a section that fails its own schema, for random event sequences', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 60), room, (events, context) => {
        let section = emptyWishesSection();
        for (const event of events) {
          section = step(context)(section, event);
          const parsed = wishesSectionSchema.safeParse(section);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses with a known reason, and returns a new section only when something changed', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 30), anyEvent, room, (events, generated, context) => {
        const section = replayLog(events, emptyWishesSection(), context);
        const event = 'entryId' in generated ? { ...generated, entryId: 'last' } : generated;
        const next = applyWishesEvent(section, event, context);
        if (isRejection(next)) expect(WISHES_REJECTIONS).toContain(next);
        else if (next !== section) expect(next).not.toEqual(section);
      }),
    );
  });

  it('is pure: it never changes the section it is given', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 30), room, (events, context) => {
        const sections = [emptyWishesSection()];
        for (const event of events) sections.push(step(context)(sections.at(-1)!, event));
        const snapshot = JSON.stringify(sections);
        events.reduce(step(context), emptyWishesSection());
        expect(JSON.stringify(sections)).toBe(snapshot);
        for (const [i, event] of events.entries()) applyWishesEvent(sections[i]!, event, context);
        expect(JSON.stringify(sections)).toBe(snapshot);
      }),
    );
  });

  it('judges an event the same whatever the room, except for the mark limit', () => {
    fc.assert(
      fc.property(eventSequence(anyEvent, 30), anyEvent, (events, generated) => {
        const section = replayLog(events);
        const event = 'entryId' in generated ? { ...generated, entryId: 'last' } : generated;
        const unknown = applyWishesEvent(section, event, { participants: null });
        const small = applyWishesEvent(section, event, { participants: 1 });
        if (small === 'moreThanRoomHas') {
          expect(['marksCounted', 'marksAdjusted']).toContain(event.type);
          expect(isRejection(unknown)).toBe(false);
        } else {
          expect(small).toEqual(unknown);
        }
      }),
    );
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
