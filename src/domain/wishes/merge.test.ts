import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../testing/ok';
import { anyEvent, eventSequence } from './arbitraries.testHelper';
import { bruttoliste } from './bruttoliste';
import { applyWishesEvent, type WishesEvent } from './events';
import { AT, replay, replayLog, UNKNOWN_ROOM } from './exampleWorkplace.testHelper';
import type { WishesSection } from './types';

const wish = (wishId: string, group: number): WishesEvent => ({
  type: 'wishAdded',
  wishId,
  text: `wish ${wishId}`,
  group,
  at: AT,
});
const marks = (wishId: string, count: number, entryId = `count-${wishId}`): WishesEvent => ({
  type: 'marksCounted',
  entryId,
  wishId,
  count,
  at: AT,
});
const merge = (targetId: string, sourceIds: string[], mergeId = 'm1'): WishesEvent => ({
  type: 'wishesMerged',
  mergeId,
  targetId,
  sourceIds,
  text: 'kept wording',
  at: AT,
});

const base = replay([wish('a', 1), wish('b', 2), wish('c', 3), marks('a', 4), marks('b', 2)]);

describe('merging duplicates', () => {
  it('folds the duplicates into one row with the kept wording, their groups and marks', () => {
    const merged = ok(applyWishesEvent(base, merge('a', ['b']), UNKNOWN_ROOM));
    const rows = bruttoliste(merged);
    expect(rows.map((r) => r.wish.id)).toEqual(['a', 'c']);
    expect(rows[0]).toMatchObject({ total: 6, groups: [1, 2] });
    expect(rows[0]?.wish.text).toBe('kept wording');
    expect(rows[0]?.merged.map((w) => [w.id, w.mergedInto])).toEqual([['b', 'a']]);
    expect(merged.merges).toEqual([
      expect.objectContaining({ id: 'm1', targetId: 'a', sourceIds: ['b'] }),
    ]);
  });

  it('nests: merging a merged row carries its duplicates along', () => {
    const twice = replay([merge('a', ['b']), merge('c', ['a'], 'm2')], base);
    expect(bruttoliste(twice)).toEqual([expect.objectContaining({ total: 6, groups: [1, 2, 3] })]);
  });

  it('undoes exactly: wishes, wording and marks come back as before', () => {
    const merged = ok(applyWishesEvent(base, merge('a', ['b']), UNKNOWN_ROOM));
    expect(
      ok(applyWishesEvent(merged, { type: 'wishesUnmerged', mergeId: 'm1' }, UNKNOWN_ROOM)),
    ).toEqual(base);
  });

  it.each([
    ['mergeIntoSelf', merge('a', ['a'])],
    ['nothingToMerge', merge('a', [])],
    ['duplicateSource', merge('a', ['b', 'b'])],
    ['unknownWish', merge('zz', ['b'])],
    ['unknownWish', merge('a', ['zz'])],
    ['emptyText', { ...merge('a', ['b']), text: '  ' }],
    ['invalidTime', { ...merge('a', ['b']), at: 'yesterday' }],
  ] as const)('refuses %s', (reason, event) => {
    expect(applyWishesEvent(base, event, UNKNOWN_ROOM)).toBe(reason);
  });

  it('refuses to merge into a removed or merged wish, or to merge one twice', () => {
    const removed = ok(
      applyWishesEvent(base, { type: 'wishRemoved', wishId: 'a', at: AT }, UNKNOWN_ROOM),
    );
    expect(applyWishesEvent(removed, merge('a', ['b']), UNKNOWN_ROOM)).toBe('mergeIntoRemoved');
    expect(applyWishesEvent(removed, merge('b', ['a']), UNKNOWN_ROOM)).toBe('wishRemoved');
    const merged = ok(applyWishesEvent(base, merge('a', ['b']), UNKNOWN_ROOM));
    expect(applyWishesEvent(merged, merge('b', ['c'], 'm2'), UNKNOWN_ROOM)).toBe('mergeIntoMerged');
    expect(applyWishesEvent(merged, merge('c', ['b'], 'm2'), UNKNOWN_ROOM)).toBe('wishMerged');
    expect(applyWishesEvent(merged, merge('c', ['a'], 'm1'), UNKNOWN_ROOM)).toBe('duplicateId');
    expect(applyWishesEvent(merged, { type: 'wishesUnmerged', mergeId: 'm9' }, UNKNOWN_ROOM)).toBe(
      'unknownMerge',
    );
  });

  it('refuses an undo that would leave the target row below zero marks', () => {
    // Counting the merged row (4 + 2) down to 0 puts −6 on a, so a alone would have −2.
    const merged = replay([merge('a', ['b']), marks('a', 0, 'down')], base);
    expect(applyWishesEvent(merged, { type: 'wishesUnmerged', mergeId: 'm1' }, UNKNOWN_ROOM)).toBe(
      'negativeCount',
    );
  });
});

const rowSummary = (section: WishesSection) => {
  const rows = bruttoliste(section);
  return {
    total: rows.reduce((n, r) => n + r.total, 0),
    groups: new Set(rows.flatMap((r) => r.groups)),
  };
};

/** A random reachable section and a merge of two or more of its rows. */
const sectionAndMerge = eventSequence(anyEvent, 30).chain((events) => {
  const section = replayLog(events);
  const ids = bruttoliste(section).map((r) => r.wish.id);
  return fc
    .shuffledSubarray(ids, { minLength: Math.min(2, ids.length) })
    .map((picked) => ({ section, picked }));
});

describe('merge properties', () => {
  it('merging and un-merging conserve total marks and the set of source groups', () => {
    fc.assert(
      fc.property(sectionAndMerge, ({ section, picked }) => {
        fc.pre(picked.length >= 2);
        const [targetId, ...sourceIds] = picked as [string, ...string[]];
        const merged = ok(
          applyWishesEvent(section, merge(targetId, sourceIds, 'pm'), UNKNOWN_ROOM),
        );
        expect(merged).not.toBe(section);
        expect(rowSummary(merged)).toEqual(rowSummary(section));
        const undone = ok(
          applyWishesEvent(merged, { type: 'wishesUnmerged', mergeId: 'pm' }, UNKNOWN_ROOM),
        );
        expect(rowSummary(undone)).toEqual(rowSummary(section));
      }),
    );
  });

  it('un-merge restores the exact prior state', () => {
    fc.assert(
      fc.property(sectionAndMerge, ({ section, picked }) => {
        fc.pre(picked.length >= 2);
        const [targetId, ...sourceIds] = picked as [string, ...string[]];
        const merged = ok(
          applyWishesEvent(section, merge(targetId, sourceIds, 'pm'), UNKNOWN_ROOM),
        );
        expect(
          ok(applyWishesEvent(merged, { type: 'wishesUnmerged', mergeId: 'pm' }, UNKNOWN_ROOM)),
        ).toEqual(section);
      }),
    );
  });
});
