import { describe, expect, it } from 'vitest';
import { bruttoliste } from './bruttoliste';
import { applyWishesEvent, type WishesEvent } from './events';
import { AT, replay, UNKNOWN_ROOM } from './exampleWorkplace.testHelper';
import { markBudget, marksBySource, rowTotal } from './marks';

const section = replay([
  { type: 'wishAdded', wishId: 'a', text: 'Ro', group: 1, at: AT },
  { type: 'wishAdded', wishId: 'b', text: 'Tid', group: 2, at: AT },
]);
const count = (wishId: string, n: number, entryId = `e-${wishId}-${n}`): WishesEvent => ({
  type: 'marksCounted',
  entryId,
  wishId,
  count: n,
  at: AT,
});
const adjust = (wishId: string, delta: number, entryId: string): WishesEvent => ({
  type: 'marksAdjusted',
  entryId,
  wishId,
  delta,
  at: AT,
});
const totals = (s: typeof section) => bruttoliste(s).map((r) => r.total);

const fromPhone = (wishId: string, delta: number, entryId: string): WishesEvent => ({
  type: 'marksAdjusted',
  entryId,
  wishId,
  delta,
  at: AT,
  source: 'phone',
});

describe('marks from phones and from paper', () => {
  it('keeps the phone marks when the leader types the paper count, and adds both', () => {
    const counted = replay(
      [fromPhone('a', 1, 'p1'), fromPhone('a', 1, 'p2'), count('a', 4), fromPhone('a', 1, 'p3')],
      section,
    );
    expect(totals(counted)).toEqual([7, 0]);
    expect(rowTotal(counted, 'a', 'phone')).toBe(3);
    expect(rowTotal(counted, 'a', 'paper')).toBe(4);
    // Typing the paper count again sets the paper marks only.
    const recounted = replay([count('a', 2, 'again')], counted);
    expect(totals(recounted)).toEqual([5, 0]);
    expect(marksBySource(recounted)).toEqual({ phone: 3, paper: 2 });
  });

  it('counts phone marks on merged wishes on their row', () => {
    const merged = replay(
      [
        fromPhone('b', 1, 'p1'),
        count('a', 1),
        { type: 'wishesMerged', mergeId: 'm', targetId: 'a', sourceIds: ['b'], text: 'Ro', at: AT },
      ],
      section,
    );
    expect(marksBySource(merged)).toEqual({ phone: 1, paper: 1 });
    expect(totals(merged)).toEqual([2]);
  });
});

describe('counting marks', () => {
  it('sets a typed count by adding the difference as an entry', () => {
    const counted = replay([count('a', 5), count('a', 3)], section);
    expect(totals(counted)).toEqual([3, 0]);
    expect(counted.marks.map((m) => m.delta)).toEqual([5, -2]);
  });

  it('adds and takes away single marks', () => {
    const counted = replay(
      [adjust('b', 1, 'x1'), adjust('b', 1, 'x2'), adjust('b', -1, 'x3')],
      section,
    );
    expect(totals(counted)).toEqual([0, 1]);
  });

  it('adds nothing when the typed count is the current one', () => {
    const counted = replay([count('a', 2)], section);
    expect(applyWishesEvent(counted, count('a', 2, 'again'), UNKNOWN_ROOM)).toBe(counted);
  });

  it.each([
    ['negativeCount', count('a', -1)],
    ['negativeCount', adjust('a', -1, 'minus')],
    ['notANumber', count('a', Number.NaN)],
    ['notANumber', count('a', 'seven' as unknown as number)],
    ['notWholeNumber', count('a', 2.5)],
    ['notWholeNumber', count('a', Number.POSITIVE_INFINITY)],
    ['countTooLarge', count('a', 1e9)],
    ['unknownWish', count('zz', 1)],
    ['invalidTime', { ...count('a', 1), at: 'now' }],
  ] as const)('refuses %s', (reason, event) => {
    expect(applyWishesEvent(section, event, UNKNOWN_ROOM)).toBe(reason);
  });

  it('refuses marks on a merged or removed wish, and a reused entry id', () => {
    const merged = replay(
      [{ type: 'wishesMerged', mergeId: 'm', targetId: 'a', sourceIds: ['b'], text: 'Ro', at: AT }],
      section,
    );
    expect(applyWishesEvent(merged, count('b', 1), UNKNOWN_ROOM)).toBe('wishMerged');
    const removed = replay([{ type: 'wishRemoved', wishId: 'b', at: AT }], section);
    expect(applyWishesEvent(removed, count('b', 1), UNKNOWN_ROOM)).toBe('wishRemoved');
    const once = replay([count('a', 1, 'same')], section);
    expect(applyWishesEvent(once, count('a', 2, 'same'), UNKNOWN_ROOM)).toBe('duplicateId');
  });

  it('counts a typed number against the whole merged row', () => {
    const merged = replay(
      [
        count('a', 2),
        count('b', 3),
        { type: 'wishesMerged', mergeId: 'm', targetId: 'a', sourceIds: ['b'], text: 'Ro', at: AT },
        count('a', 4),
      ],
      section,
    );
    expect(totals(merged)).toEqual([4]);
  });
});

describe('markBudget', () => {
  it('gives three marks per participant and flags counting over it', () => {
    const counted = replay([count('a', 4), count('b', 2)], section);
    expect(markBudget(counted, 2)).toEqual({ used: 6, available: 6, remaining: 0, over: false });
    expect(markBudget(counted, 1)).toEqual({ used: 6, available: 3, remaining: -3, over: true });
    expect(markBudget(counted, null)).toEqual({
      used: 6,
      available: null,
      remaining: null,
      over: false,
    });
  });

  it('leaves removed wishes out of the marks used', () => {
    const counted = replay(
      [count('a', 4), count('b', 2), { type: 'wishRemoved', wishId: 'b', at: AT }],
      section,
    );
    expect(markBudget(counted, 2).used).toBe(4);
  });

  it('accepts rows that together go over the budget, and flags it', () => {
    const room = { participants: 2 };
    const counted = replay([count('a', 6), count('b', 1)], section, room);
    expect(totals(counted)).toEqual([6, 1]);
    expect(markBudget(counted, room.participants)).toMatchObject({ used: 7, over: true });
    expect(applyWishesEvent(section, count('a', -2), room)).toBe('negativeCount');
  });
});

describe('a row above the marks the whole room has', () => {
  const room = { participants: 2 }; // 2 × 3 = 6 marks in the room

  it('is refused, typed or added one at a time', () => {
    expect(applyWishesEvent(section, count('a', 7), room)).toBe('moreThanRoomHas');
    const full = replay([count('a', 6)], section, room);
    expect(totals(full)).toEqual([6, 0]);
    expect(applyWishesEvent(full, adjust('a', 1, 'plus'), room)).toBe('moreThanRoomHas');
    expect(applyWishesEvent(full, count('a', 7), room)).toBe('moreThanRoomHas');
  });

  it('is refused on a merged row as a whole', () => {
    const merged = replay(
      [
        count('a', 4),
        count('b', 2),
        { type: 'wishesMerged', mergeId: 'm', targetId: 'a', sourceIds: ['b'], text: 'Ro', at: AT },
      ],
      section,
      room,
    );
    expect(applyWishesEvent(merged, adjust('a', 1, 'plus'), room)).toBe('moreThanRoomHas');
  });

  it('is allowed while the room’s size is unknown', () => {
    const counted = replay([count('a', 7), adjust('a', 1, 'plus')], section, UNKNOWN_ROOM);
    expect(totals(counted)).toEqual([8, 0]);
  });

  it('can still be counted down once the room is known to be smaller', () => {
    const over = replay([count('a', 9)], section, UNKNOWN_ROOM);
    const down = replay([adjust('a', -1, 'minus'), count('a', 7)], over, room);
    expect(totals(down)).toEqual([7, 0]);
    expect(applyWishesEvent(down, count('a', 8), room)).toBe('moreThanRoomHas');
  });
});
