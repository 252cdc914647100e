import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  WISH_GROUP_MAX_SIZE,
  WISH_GROUP_MIN_SIZE,
  wishGroupsFromChoices,
  wishGroupsFromCounts,
  type WishChoice,
} from './wishGroups';

const choicesFor = (wishes: string[]): WishChoice[] =>
  wishes.map((wish, person) => ({ person, wish }));

describe('wishGroupsFromChoices', () => {
  it('forms one group per chosen wish, in the order wishes were first chosen', () => {
    const result = wishGroupsFromChoices(choicesFor(['w2', 'w1', 'w2', 'w1', 'w2', 'w1']));
    expect(result).toEqual({
      ok: true,
      grouping: {
        groups: [
          { number: 1, wish: 'w2', size: 3, members: [0, 2, 4] },
          { number: 2, wish: 'w1', size: 3, members: [1, 3, 5] },
        ],
        warnings: [],
      },
    });
  });

  it('warns about groups under 3 and over 8, and suggests balanced sub-groups', () => {
    const wishes = [...new Array<string>(17).fill('big'), 'lonely', 'pair', 'pair'];
    const result = wishGroupsFromChoices(choicesFor(wishes));
    if (!result.ok) throw new Error('expected groups');
    expect(result.grouping.groups.map((g) => [g.wish, g.size])).toEqual([
      ['big', 17],
      ['lonely', 1],
      ['pair', 2],
    ]);
    expect(result.grouping.warnings).toEqual([
      { kind: 'tooLarge', wish: 'big', size: 17, max: 8, suggestedSizes: [6, 6, 5] },
      { kind: 'tooSmall', wish: 'lonely', size: 1, min: 3 },
      { kind: 'tooSmall', wish: 'pair', size: 2, min: 3 },
    ]);
  });

  it('puts everyone who chose in exactly one group, with warnings exactly where due', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 80 }), (ws) => {
        const result = wishGroupsFromChoices(choicesFor(ws));
        if (!result.ok) throw new Error('expected groups');
        const { groups, warnings } = result.grouping;
        const members = groups.flatMap((g) => g.members ?? []).sort((a, b) => a - b);
        expect(members).toEqual(ws.map((_, i) => i));
        for (const g of groups) {
          expect(g.members?.every((p) => ws[p] === g.wish)).toBe(true);
          const warned = warnings.filter((w) => w.wish === g.wish);
          const due = g.size < WISH_GROUP_MIN_SIZE || g.size > WISH_GROUP_MAX_SIZE;
          expect(warned).toHaveLength(due ? 1 : 0);
        }
        for (const w of warnings) {
          if (w.kind !== 'tooLarge') continue;
          const sum = w.suggestedSizes.reduce((a, b) => a + b, 0);
          expect(sum).toBe(w.size);
          expect(Math.max(...w.suggestedSizes)).toBeLessThanOrEqual(WISH_GROUP_MAX_SIZE);
          expect(Math.min(...w.suggestedSizes)).toBeGreaterThanOrEqual(WISH_GROUP_MIN_SIZE);
          expect(Math.max(...w.suggestedSizes) - Math.min(...w.suggestedSizes)).toBeLessThan(2);
        }
      }),
    );
  });

  it('rejects bad choices', () => {
    expect(
      wishGroupsFromChoices([
        { person: 0, wish: 'a' },
        { person: 0, wish: 'b' },
      ]),
    ).toEqual({ ok: false, error: { kind: 'duplicatePerson', person: 0 } });
    expect(wishGroupsFromChoices([{ person: -1, wish: 'a' }])).toEqual({
      ok: false,
      error: { kind: 'badPerson', index: 0 },
    });
    expect(wishGroupsFromChoices([{ person: 1.5, wish: 'a' }])).toMatchObject({
      error: { kind: 'badPerson' },
    });
    expect(wishGroupsFromChoices([{ person: 0, wish: '' }])).toEqual({
      ok: false,
      error: { kind: 'badWishId', index: 0 },
    });
  });
});

describe('wishGroupsFromCounts', () => {
  it('forms groups from counts, leaving out wishes nobody chose', () => {
    const result = wishGroupsFromCounts([
      { wish: 'a', count: 9 },
      { wish: 'b', count: 0 },
      { wish: 'c', count: 4 },
    ]);
    expect(result).toEqual({
      ok: true,
      grouping: {
        groups: [
          { number: 1, wish: 'a', size: 9, members: null },
          { number: 2, wish: 'c', size: 4, members: null },
        ],
        warnings: [{ kind: 'tooLarge', wish: 'a', size: 9, max: 8, suggestedSizes: [5, 4] }],
      },
    });
  });

  it('does not warn at the edges: groups of 3 and 8 are fine', () => {
    const result = wishGroupsFromCounts([
      { wish: 'a', count: 3 },
      { wish: 'b', count: 8 },
    ]);
    expect(result.ok && result.grouping.warnings).toEqual([]);
  });

  it('rejects bad counts', () => {
    expect(wishGroupsFromCounts([{ wish: 'a', count: -1 }])).toEqual({
      ok: false,
      error: { kind: 'badCount', wish: 'a', count: -1 },
    });
    expect(wishGroupsFromCounts([{ wish: 'a', count: 2.5 }])).toMatchObject({
      error: { kind: 'badCount' },
    });
    expect(
      wishGroupsFromCounts([
        { wish: 'a', count: 1 },
        { wish: 'a', count: 1 },
      ]),
    ).toEqual({ ok: false, error: { kind: 'duplicateWish', wish: 'a' } });
    expect(wishGroupsFromCounts([{ wish: 'a', count: 1e9 }])).toEqual({
      ok: false,
      error: { kind: 'tooManyPeople', limit: 10_000 },
    });
  });
});
