import { describe, expect, it } from 'vitest';
import { assessmentRows } from './assessment';
import { wishesEventError } from './errors';
import { applyWishesEvent } from './events';
import { AT, replay } from './exampleWorkplace.testHelper';

const section = replay([
  { type: 'wishAdded', wishId: 'a', text: 'Ny bus', group: 1, at: AT },
  { type: 'wishAdded', wishId: 'b', text: 'Ro', group: 2, at: AT },
]);

describe('assessment', () => {
  it('keeps a note and a decision with its reason per wish', () => {
    const s = replay(
      [
        { type: 'wishAssessed', wishId: 'a', note: 'Kræver budget' },
        { type: 'wishDecided', wishId: 'a', decision: 'notNow', reason: ' Afventer 2028 ' },
        { type: 'wishDecided', wishId: 'b', decision: 'work', reason: '' },
      ],
      section,
    );
    expect(assessmentRows(s).map((r) => [r.wish.id, r.assessment])).toEqual([
      ['a', { wishId: 'a', note: 'Kræver budget', decision: 'notNow', reason: 'Afventer 2028' }],
      ['b', { wishId: 'b', note: '', decision: 'work', reason: '' }],
    ]);
  });

  it("refuses 'not now' without a reason, and decisions on unknown or removed wishes", () => {
    const notNow = { type: 'wishDecided', wishId: 'a', decision: 'notNow', reason: '  ' } as const;
    expect(wishesEventError(section, notNow)).toBe('missingReason');
    expect(applyWishesEvent(section, notNow)).toBe(section);
    expect(wishesEventError(section, { ...notNow, wishId: 'zz', reason: 'x' })).toBe('unknownWish');
    const removed = applyWishesEvent(section, { type: 'wishRemoved', wishId: 'b', at: AT });
    expect(wishesEventError(removed, { type: 'wishAssessed', wishId: 'b', note: 'x' })).toBe(
      'wishRemoved',
    );
  });

  it('keeps a note per point of the guided agenda', () => {
    const s = applyWishesEvent(section, {
      type: 'analysisNoted',
      point: 'frame',
      text: 'Budget 2027',
    });
    expect(s.analysisNotes.frame).toBe('Budget 2027');
    expect(s.analysisNotes.strengths).toBe('');
    expect(
      applyWishesEvent(s, { type: 'analysisNoted', point: 'frame', text: 'Budget 2027' }),
    ).toBe(s);
  });
});
