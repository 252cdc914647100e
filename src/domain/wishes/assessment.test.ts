import { describe, expect, it } from 'vitest';
import { assessmentRows } from './assessment';
import { applyWishesEvent } from './events';
import { AT, replay, UNKNOWN_ROOM } from './exampleWorkplace.testHelper';

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
    expect(applyWishesEvent(section, notNow, UNKNOWN_ROOM)).toBe('missingReason');
    expect(applyWishesEvent(section, { ...notNow, wishId: 'zz', reason: 'x' }, UNKNOWN_ROOM)).toBe(
      'unknownWish',
    );
    const removed = replay([{ type: 'wishRemoved', wishId: 'b', at: AT }], section);
    expect(
      applyWishesEvent(removed, { type: 'wishAssessed', wishId: 'b', note: 'x' }, UNKNOWN_ROOM),
    ).toBe('wishRemoved');
  });

  it('keeps a note per point of the guided agenda', () => {
    const s = replay([{ type: 'analysisNoted', point: 'frame', text: 'Budget 2027' }], section);
    expect(s.analysisNotes.frame).toBe('Budget 2027');
    expect(s.analysisNotes.strengths).toBe('');
    expect(
      applyWishesEvent(
        s,
        { type: 'analysisNoted', point: 'frame', text: 'Budget 2027' },
        UNKNOWN_ROOM,
      ),
    ).toBe(s);
  });
});
