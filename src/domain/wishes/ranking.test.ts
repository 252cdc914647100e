import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BruttolisteRow } from './bruttoliste';
import { preselect, rankRows, tieAtCutoff } from './ranking';

const row = (id: string, total: number): BruttolisteRow => ({
  wish: { id, text: id, group: 1, createdAt: '', mergedInto: null, removedAt: null },
  groups: [1],
  total,
  phone: 0,
  merged: [],
});
const rowsOf = (totals: readonly number[]) => totals.map((t, i) => row(`w${i}`, t));
const ids = (rows: readonly BruttolisteRow[]) => rows.map((r) => r.wish.id);
const totalsArb = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 25 });

describe('rankRows', () => {
  it('shares ranks on equal marks and keeps list order among them', () => {
    const ranked = rankRows(rowsOf([2, 5, 2, 7]));
    expect(ids(ranked)).toEqual(['w3', 'w1', 'w0', 'w2']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 3]);
  });

  it('is sorted by marks and stable on ties', () => {
    fc.assert(
      fc.property(totalsArb, (totals) => {
        const ranked = rankRows(rowsOf(totals));
        expect(ranked.map((r) => r.total).sort((a, b) => b - a)).toEqual(
          ranked.map((r) => r.total),
        );
        ranked.slice(1).forEach((r, i) => {
          const before = ranked[i] as BruttolisteRow;
          if (before.total === r.total) {
            expect(Number(before.wish.id.slice(1))).toBeLessThan(Number(r.wish.id.slice(1)));
          }
        });
      }),
    );
  });
});

describe('tieAtCutoff', () => {
  it('names the wishes tied across the boundary of the top k', () => {
    const ranked = rankRows(rowsOf([9, 7, 5, 5, 5, 1]));
    expect(tieAtCutoff(ranked, 3)).toEqual(['w2', 'w3', 'w4']);
    expect(tieAtCutoff(ranked, 2)).toEqual([]);
    expect(tieAtCutoff(ranked, 5)).toEqual([]);
    expect(tieAtCutoff(ranked, 6)).toEqual([]);
  });

  it('agrees with a brute-force check', () => {
    fc.assert(
      fc.property(totalsArb, fc.integer({ min: 0, max: 26 }), (totals, k) => {
        const ranked = rankRows(rowsOf(totals));
        const inside = ranked.slice(0, k);
        const outside = ranked.slice(k);
        const crossing = new Set(
          inside.filter((a) => outside.some((b) => b.total === a.total)).map((a) => a.total),
        );
        const expected = ranked.filter((r) => crossing.has(r.total)).map((r) => r.wish.id);
        expect(tieAtCutoff(ranked, k)).toEqual(expected);
      }),
    );
  });
});

describe('preselect', () => {
  it('takes the top five when the cut is clean', () => {
    expect(preselect(rankRows(rowsOf([9, 8, 7, 6, 5, 4])))).toEqual({
      wishIds: ['w0', 'w1', 'w2', 'w3', 'w4'],
      rule: 'top',
      tie: [],
    });
  });

  it('stops above a tie at the cut-off when that leaves at least three', () => {
    const result = preselect(rankRows(rowsOf([9, 8, 7, 6, 5, 5])));
    expect(result).toEqual({
      wishIds: ['w0', 'w1', 'w2', 'w3'],
      rule: 'beforeTie',
      tie: ['w4', 'w5'],
    });
  });

  it('takes the whole tie when stopping above it would leave fewer than three', () => {
    const result = preselect(rankRows(rowsOf([9, 8, 5, 5, 5, 5])));
    expect(result.rule).toBe('throughTie');
    expect(result.wishIds).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
  });

  it('never picks wishes without marks', () => {
    expect(preselect(rankRows(rowsOf([3, 0, 1, 0, 0, 0, 0])))).toEqual({
      wishIds: ['w0', 'w2'],
      rule: 'allMarked',
      tie: [],
    });
  });

  it('never cuts through a tie, and keeps the ranking order', () => {
    fc.assert(
      fc.property(totalsArb, fc.integer({ min: 1, max: 10 }), (totals, target) => {
        const ranked = rankRows(rowsOf(totals));
        const { wishIds } = preselect(ranked, target);
        expect(wishIds).toEqual(ids(ranked.slice(0, wishIds.length)));
        const lastIn = ranked[wishIds.length - 1];
        const firstOut = ranked[wishIds.length];
        if (lastIn && firstOut && firstOut.total > 0)
          expect(firstOut.total).toBeLessThan(lastIn.total);
      }),
    );
  });
});
