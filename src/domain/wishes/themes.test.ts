import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../testing/ok';
import { eventSequence, listEvent, themeEvent } from './arbitraries.testHelper';
import { bruttoliste } from './bruttoliste';
import { applyWishesEvent, type WishesEvent } from './events';
import { AT, replay, replayLog, UNKNOWN_ROOM } from './exampleWorkplace.testHelper';
import type { WishesSection } from './types';
import { themedList } from './themes';

const base = replay([
  ...['a', 'b', 'c', 'd'].map((id): WishesEvent => ({
    type: 'wishAdded',
    wishId: id,
    text: id,
    group: 1,
    at: AT,
  })),
  { type: 'themeCreated', themeId: 't1', name: 'Ro' },
  { type: 'themeCreated', themeId: 't2', name: 'Tid' },
]);
const place = (wishId: string, themeId: string, index: number): WishesEvent => ({
  type: 'wishThemed',
  wishId,
  themeId,
  index,
});
const layout = (section: WishesSection) =>
  themedList(section).map((g) => [g.theme?.name ?? null, g.rows.map((r) => r.wish.id)]);

describe('themes', () => {
  it('moves wishes into a theme at a position, between themes and out again', () => {
    const s = replay(
      [place('a', 't1', 0), place('b', 't1', 0), place('c', 't1', 1), place('b', 't2', 0)],
      base,
    );
    expect(layout(s)).toEqual([
      ['Ro', ['c', 'a']],
      ['Tid', ['b']],
      [null, ['d']],
    ]);
    expect(
      layout(ok(applyWishesEvent(s, { type: 'wishUnthemed', wishId: 'c' }, UNKNOWN_ROOM))),
    ).toEqual([
      ['Ro', ['a']],
      ['Tid', ['b']],
      [null, ['c', 'd']],
    ]);
  });

  it('renames, reorders and removes themes; a removed theme returns its wishes', () => {
    const s = replay(
      [
        place('a', 't1', 0),
        { type: 'themeRenamed', themeId: 't1', name: '  Mere ro  ' },
        { type: 'themeMoved', themeId: 't2', index: 0 },
      ],
      base,
    );
    expect(layout(s)).toEqual([
      ['Tid', []],
      ['Mere ro', ['a']],
      [null, ['b', 'c', 'd']],
    ]);
    expect(
      layout(ok(applyWishesEvent(s, { type: 'themeRemoved', themeId: 't1' }, UNKNOWN_ROOM))),
    ).toEqual([
      ['Tid', []],
      [null, ['a', 'b', 'c', 'd']],
    ]);
  });

  it('keeps a merged wish in its place and brings it back there on un-merge', () => {
    const merge: WishesEvent = {
      type: 'wishesMerged',
      mergeId: 'm',
      targetId: 'c',
      sourceIds: ['a'],
      text: 'c',
      at: AT,
    };
    const s = replay([place('a', 't1', 0), place('b', 't1', 1), merge], base);
    expect(layout(s)[0]).toEqual(['Ro', ['b']]);
    expect(
      layout(ok(applyWishesEvent(s, { type: 'wishesUnmerged', mergeId: 'm' }, UNKNOWN_ROOM)))[0],
    ).toEqual(['Ro', ['a', 'b']]);
  });

  it.each([
    ['emptyThemeName', { type: 'themeCreated', themeId: 't3', name: '   ' }],
    ['duplicateThemeName', { type: 'themeCreated', themeId: 't3', name: ' ro ' }],
    ['duplicateThemeName', { type: 'themeRenamed', themeId: 't2', name: 'RO' }],
    ['emptyThemeName', { type: 'themeRenamed', themeId: 't2', name: '' }],
    ['duplicateId', { type: 'themeCreated', themeId: 't1', name: 'Ny' }],
    ['unknownTheme', { type: 'themeRemoved', themeId: 'nope' }],
    ['unknownTheme', place('a', 'nope', 0)],
    ['unknownWish', place('nope', 't1', 0)],
    ['invalidPosition', place('a', 't1', -1)],
    ['invalidPosition', place('a', 't1', 0.5)],
  ] as const)('refuses %s', (reason, event) => {
    expect(applyWishesEvent(base, event, UNKNOWN_ROOM)).toBe(reason);
  });

  it('allows a rename that changes only the case of the same theme', () => {
    const s = ok(
      applyWishesEvent(base, { type: 'themeRenamed', themeId: 't1', name: 'RO' }, UNKNOWN_ROOM),
    );
    expect(s.themes[0]?.name).toBe('RO');
  });

  it('keeps every listed wish exactly once, in one theme or unthemed, for random moves', () => {
    const events = eventSequence(fc.oneof(themeEvent, themeEvent, listEvent), 60);
    fc.assert(
      fc.property(events, (sequence) => {
        const section = replayLog(sequence);
        const shown = themedList(section).flatMap((g) => g.rows.map((r) => r.wish.id));
        expect(shown.sort()).toEqual(
          bruttoliste(section)
            .map((r) => r.wish.id)
            .sort(),
        );
        const themed = section.themes.flatMap((t) => t.wishIds);
        expect(new Set(themed).size).toBe(themed.length);
      }),
    );
  });
});
