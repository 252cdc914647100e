import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absenceBaseline, absenceFollowUps } from '../plan/exampleWorkplace.testHelper';
import { compareAbsence } from './absenceComparison';

describe('sickness absence after the plan started', () => {
  it('compares each measurement with the baseline in percentage points', () => {
    const measurements = absenceFollowUps.map((figures, n) => ({ id: `m${n}`, figures }));
    // Given in reverse to show the result is in period order.
    const result = compareAbsence(absenceBaseline, [...measurements].reverse(), '2027-02-20');
    // Baseline 412 / 7480 = 5.5 %; then 181 / 3720 = 4.9 % and 164 / 3760 = 4.4 %.
    expect(
      result.map((r) => [r.measurementId, r.baselinePercentage, r.percentage, r.differencePoints]),
    ).toEqual([
      ['m0', 5.5, 4.9, -0.6],
      ['m1', 5.5, 4.4, -1.1],
    ]);
    expect(result.map((r) => r.startsBeforePlan)).toEqual([true, false]);
  });

  it('has no difference when either percentage is unknown', () => {
    const [r] = compareAbsence(
      { ...absenceBaseline, plannedWorkdays: null },
      [{ id: 'm', figures: absenceFollowUps[0]! }],
      '',
    );
    expect(r).toMatchObject({ baselinePercentage: null, percentage: 4.9, differencePoints: null });
  });

  it('gives the difference as measurement minus baseline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (baseLost, lost) => {
          const base = { from: '', to: '', plannedWorkdays: 100, daysLost: baseLost };
          const figures = { from: '', to: '', plannedWorkdays: 100, daysLost: lost };
          const [r] = compareAbsence(base, [{ id: 'm', figures }], '');
          expect(r!.differencePoints).toBe(lost - baseLost);
        },
      ),
    );
  });
});
