import { describe, expect, it } from 'vitest';
import { bruttoliste } from './bruttoliste';
import { checkWishesEvent, wishesEventError } from './errors';
import { applyWishesEvent, type WishesEvent } from './events';
import { AT, replay } from './exampleWorkplace.testHelper';
import { markBudget } from './marks';

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
    const counted = applyWishesEvent(section, count('a', 2));
    expect(applyWishesEvent(counted, count('a', 2, 'again'))).toBe(counted);
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
  ] as const)('refuses %s and changes nothing', (reason, event) => {
    expect(wishesEventError(section, event)).toBe(reason);
    expect(applyWishesEvent(section, event)).toBe(section);
  });

  it('refuses marks on a merged or removed wish, and a reused entry id', () => {
    const merged = replay(
      [{ type: 'wishesMerged', mergeId: 'm', targetId: 'a', sourceIds: ['b'], text: 'Ro', at: AT }],
      section,
    );
    expect(wishesEventError(merged, count('b', 1))).toBe('wishMerged');
    const removed = applyWishesEvent(section, { type: 'wishRemoved', wishId: 'b', at: AT });
    expect(wishesEventError(removed, count('b', 1))).toBe('wishRemoved');
    const once = applyWishesEvent(section, count('a', 1, 'same'));
    expect(wishesEventError(once, count('a', 2, 'same'))).toBe('duplicateId');
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

  it('warns, but accepts, a count that goes over the budget', () => {
    expect(checkWishesEvent(section, count('a', 7), { participants: 2 })).toEqual({
      ok: true,
      warnings: ['overBudget'],
    });
    expect(checkWishesEvent(section, count('a', 6), { participants: 2 })).toEqual({
      ok: true,
      warnings: [],
    });
    expect(checkWishesEvent(section, count('a', -2), { participants: 2 })).toEqual({
      ok: false,
      reason: 'negativeCount',
    });
  });
});
