import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absencePercentage, absenceProblems, emptyAbsenceFigures } from './absence';

describe('absencePercentage', () => {
  it('is days lost / planned workdays × 100, to one decimal', () => {
    expect(absencePercentage({ plannedWorkdays: 7480, daysLost: 412 })).toBe(5.5);
    expect(absencePercentage({ plannedWorkdays: 200, daysLost: 0 })).toBe(0);
    expect(absencePercentage({ plannedWorkdays: 3, daysLost: 1 })).toBe(33.3);
  });

  it('is undefined without planned workdays above zero', () => {
    expect(absencePercentage({ plannedWorkdays: 0, daysLost: 3 })).toBeNull();
    expect(absencePercentage({ plannedWorkdays: -5, daysLost: 3 })).toBeNull();
    expect(absencePercentage({ plannedWorkdays: null, daysLost: 3 })).toBeNull();
    expect(absencePercentage({ plannedWorkdays: 100, daysLost: null })).toBeNull();
    expect(absencePercentage({ plannedWorkdays: 100, daysLost: -1 })).toBeNull();
  });

  it('lies between 0 and 100 whenever days lost do not exceed planned days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (planned, share) => {
          const pct = absencePercentage({ plannedWorkdays: planned, daysLost: planned * share });
          expect(pct).not.toBeNull();
          expect(pct!).toBeGreaterThanOrEqual(0);
          expect(pct!).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('absenceProblems', () => {
  it('flags more days lost than planned, and a reversed period', () => {
    expect(
      absenceProblems({ from: '2026-12-31', to: '2026-01-01', plannedWorkdays: 10, daysLost: 11 }),
    ).toEqual(['lostExceedsPlanned', 'periodReversed']);
    expect(absenceProblems(emptyAbsenceFigures())).toEqual([]);
  });
});
