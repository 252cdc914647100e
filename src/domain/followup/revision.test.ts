import { describe, expect, it } from 'vitest';
import { revisionDueDate, revisionState } from './revision';

describe('APV revision', () => {
  it('falls due 3 years after the given date', () => {
    expect(revisionDueDate('2027-02-18')).toBe('2030-02-18');
    expect(revisionDueDate('2027-01-12T13:00')).toBe('2030-01-12');
    expect(revisionDueDate('2028-02-29')).toBe('2031-02-28');
    expect(revisionDueDate('')).toBeNull();
    expect(revisionDueDate('2027-02-30')).toBeNull();
  });

  it('says whether the revision is overdue or soon', () => {
    expect(revisionState('2030-02-18', '2030-02-19', 60)).toBe('overdue');
    expect(revisionState('2030-02-18', '2030-02-18', 60)).toBe('soon');
    expect(revisionState('2030-02-18', '2029-12-20', 60)).toBe('soon');
    expect(revisionState('2030-02-18', '2029-12-19', 60)).toBe('ok');
  });
});
