import { describe, expect, it } from 'vitest';
import { bruttoliste, filterRows, removedWishes, sortRows } from './bruttoliste';
import { applyWishesEvent, type WishesEvent } from './events';
import { AT, replay, UNKNOWN_ROOM } from './exampleWorkplace.testHelper';
import { emptyWishesSection } from './section';

const add = (wishId: string, text: string, group: number): WishesEvent => ({
  type: 'wishAdded',
  wishId,
  text,
  group,
  at: AT,
});
const section = replay([
  add('a', 'Mere ro', 2),
  add('b', '  Fælles frokost ', 1),
  add('c', 'Ro i garderoben', 3),
]);

describe('capturing meeting 1', () => {
  it('keeps each wish with its id, trimmed text, source group and creation time', () => {
    expect(section.wishes[1]).toEqual({
      id: 'b',
      text: 'Fælles frokost',
      group: 1,
      createdAt: AT,
      mergedInto: null,
      removedAt: null,
    });
  });

  it('adds, edits and removes strength lines per interview group', () => {
    const s = replay(
      [
        { type: 'strengthAdded', strengthId: 's1', text: 'Vi hjælper hinanden', group: 1, at: AT },
        { type: 'strengthAdded', strengthId: 's2', text: 'Humor', group: 2, at: AT },
        { type: 'strengthEdited', strengthId: 's2', text: 'Humor i hverdagen', group: 3 },
        { type: 'strengthRemoved', strengthId: 's1' },
      ],
      emptyWishesSection(),
    );
    expect(s.strengths).toEqual([{ id: 's2', text: 'Humor i hverdagen', group: 3, createdAt: AT }]);
  });

  it('edits a wish and leaves an unchanged edit as the same section', () => {
    const edited = replay([{ type: 'wishEdited', wishId: 'a', text: 'Ro', group: 4 }], section);
    expect(edited.wishes[0]).toMatchObject({ text: 'Ro', group: 4 });
    const same = { type: 'wishEdited', wishId: 'a', text: ' Mere ro', group: 2 } as const;
    expect(applyWishesEvent(section, same, UNKNOWN_ROOM)).toBe(section);
  });

  it('removes a wish from the list and restores it with its marks', () => {
    const s = replay(
      [
        { type: 'marksCounted', entryId: 'e1', wishId: 'b', count: 3, at: AT },
        { type: 'wishRemoved', wishId: 'b', at: AT },
      ],
      section,
    );
    expect(bruttoliste(s).map((r) => r.wish.id)).toEqual(['a', 'c']);
    expect(removedWishes(s).map((w) => w.id)).toEqual(['b']);
    const restored = replay([{ type: 'wishRestored', wishId: 'b' }], s);
    expect(bruttoliste(restored).map((r) => [r.wish.id, r.total])).toEqual([
      ['a', 0],
      ['b', 3],
      ['c', 0],
    ]);
  });

  it.each([
    ['emptyText', add('d', '   ', 1)],
    ['invalidGroup', add('d', 'Ro', 0)],
    ['invalidGroup', add('d', 'Ro', 1.5)],
    ['duplicateId', add('a', 'Ro', 1)],
    ['invalidId', add('', 'Ro', 1)],
    ['invalidTime', { ...add('d', 'Ro', 1), at: '12/01/2027' } as WishesEvent],
    ['unknownWish', { type: 'wishEdited', wishId: 'zz', text: 'x', group: 1 }],
    ['emptyText', { type: 'wishEdited', wishId: 'a', text: '', group: 1 }],
    ['wishNotRemoved', { type: 'wishRestored', wishId: 'a' }],
    ['unknownStrength', { type: 'strengthRemoved', strengthId: 'zz' }],
  ] as const)('refuses %s', (reason, event) => {
    expect(applyWishesEvent(section, event, UNKNOWN_ROOM)).toBe(reason);
  });

  it('refuses to remove a removed or merged wish', () => {
    const remove = (wishId: string): WishesEvent => ({ type: 'wishRemoved', wishId, at: AT });
    const removed = replay([remove('a')], section);
    expect(applyWishesEvent(removed, remove('a'), UNKNOWN_ROOM)).toBe('wishRemoved');
    const merged = replay(
      [{ type: 'wishesMerged', mergeId: 'm', targetId: 'a', sourceIds: ['c'], text: 'Ro', at: AT }],
      section,
    );
    expect(applyWishesEvent(merged, remove('c'), UNKNOWN_ROOM)).toBe('wishMerged');
  });
});

describe('filtering and sorting the bruttoliste', () => {
  const rows = bruttoliste(
    replay(
      [
        { type: 'marksCounted', entryId: 'e1', wishId: 'c', count: 4, at: AT },
        { type: 'marksCounted', entryId: 'e2', wishId: 'b', count: 4, at: AT },
        {
          type: 'wishesMerged',
          mergeId: 'm',
          targetId: 'b',
          sourceIds: ['a'],
          text: 'Fælles frokost',
          at: AT,
        },
      ],
      section,
    ),
  );

  it('filters by any source group and by text, merged wordings included', () => {
    expect(filterRows(rows, { group: 2 }).map((r) => r.wish.id)).toEqual(['b']);
    expect(filterRows(rows, { text: 'RO' }).map((r) => r.wish.id)).toEqual(['b', 'c']);
    expect(filterRows(rows, { text: 'garde', group: 3 }).map((r) => r.wish.id)).toEqual(['c']);
  });

  it('sorts by text (Danish order), group and marks, keeping list order on ties', () => {
    expect(sortRows(rows, 'text').map((r) => r.wish.id)).toEqual(['b', 'c']);
    expect(sortRows(rows, 'group', 'desc').map((r) => r.wish.id)).toEqual(['c', 'b']);
    expect(sortRows(rows, 'marks', 'desc').map((r) => r.wish.id)).toEqual(['b', 'c']);
  });
});
