import { describe, expect, it } from 'vitest';
import { emptyAbsenceFigures } from '../absence/absence';
import { checkCompleteness, gapLevel, initiativeGaps, planGaps } from './completeness';
import { absenceBaseline, examplePlan } from './exampleWorkplace.testHelper';
import { emptyHandleplan, type Initiative } from './handleplan';

const complete = (): Initiative => examplePlan().initiatives[0]!;

describe('completeness of an initiative', () => {
  it('finds nothing missing in a filled-in initiative', () => {
    expect(initiativeGaps(complete())).toEqual([]);
  });

  it('lists both date errors when the deadline and a follow-up come before the start', () => {
    const both = {
      ...complete(),
      start: '2027-03-01',
      deadline: '2027-02-01',
      followUpDates: ['2027-02-15'],
    };
    expect(initiativeGaps(both)).toEqual(['deadlineBeforeStart', 'followUpBeforeStart']);
  });

  const cases: [string, (i: Initiative) => Initiative][] = [
    ['kind', (i) => ({ ...i, problem: { ...i.problem, kind: ' ' } })],
    ['severity', (i) => ({ ...i, problem: { ...i.problem, severity: '' } })],
    ['extent', (i) => ({ ...i, problem: { ...i.problem, extent: '' } })],
    ['causes', (i) => ({ ...i, problem: { ...i.problem, causes: '' } })],
    ['how', (i) => ({ ...i, how: '' })],
    ['start', (i) => ({ ...i, start: '' })],
    ['deadline', (i) => ({ ...i, deadline: '' })],
    ['responsible', (i) => ({ ...i, responsible: '' })],
    ['followUp', (i) => ({ ...i, followUpDates: [] })],
    ['followUpMethod', (i) => ({ ...i, followUpMethod: '' })],
    ['success', (i) => ({ ...i, success: '' })],
    ['source', (i) => ({ ...i, sourceWishIds: [], sourceProposalIds: [] })],
    ['deadlineBeforeStart', (i) => ({ ...i, start: '2027-03-01', deadline: '2027-02-28' })],
    [
      'followUpBeforeStart',
      (i) => ({ ...i, start: '2027-03-01', deadline: '2027-04-01', followUpDates: ['2027-02-01'] }),
    ],
  ];

  it.each(cases)('flags %s, and the flag goes when it is fixed', (gap, spoil) => {
    const spoilt = spoil(complete());
    expect(initiativeGaps(spoilt)).toEqual([gap]);
    expect(initiativeGaps(complete())).not.toContain(gap);
  });

  it('counts a source of proposals only as a source too', () => {
    expect(initiativeGaps({ ...complete(), sourceWishIds: [] })).toEqual([]);
  });

  it('treats a missing source as advice, date order as invalid, the rest as missing', () => {
    expect(gapLevel('source')).toBe('advice');
    expect(gapLevel('deadlineBeforeStart')).toBe('invalid');
    expect(gapLevel('causes')).toBe('missing');
  });
});

describe('completeness of the plan', () => {
  it('is complete for the filled-in example', () => {
    expect(checkCompleteness(examplePlan(), absenceBaseline)).toEqual({
      plan: [],
      initiatives: [],
      complete: true,
    });
  });

  it('flags plan-level gaps and clears each when filled in', () => {
    expect(planGaps(emptyHandleplan(), emptyAbsenceFigures())).toEqual([
      'noInitiatives',
      'absenceBaseline',
      'absenceConsiderations',
      'approvalDate',
    ]);
    const plan = examplePlan();
    expect(planGaps({ ...plan, absenceConsiderations: ' ' }, absenceBaseline)).toEqual([
      'absenceConsiderations',
    ]);
    expect(planGaps({ ...plan, approvalDate: '' }, absenceBaseline)).toEqual(['approvalDate']);
    expect(planGaps(plan, { ...absenceBaseline, plannedWorkdays: 0 })).toEqual(['absenceBaseline']);
    expect(planGaps(plan, { ...absenceBaseline, from: '' })).toEqual(['absenceBaseline']);
  });

  it('does not check dropped initiatives, and needs one that is not dropped', () => {
    const plan = examplePlan();
    const dropped = plan.initiatives.map((i) => ({
      ...i,
      status: 'dropped' as const,
      responsible: '',
    }));
    const report = checkCompleteness({ ...plan, initiatives: dropped }, absenceBaseline);
    expect(report.initiatives).toEqual([]);
    expect(report.plan).toEqual(['noInitiatives']);
  });

  it('stays complete with only advice, and lists gaps initiative by initiative', () => {
    const plan = examplePlan();
    const [first, second, ...rest] = plan.initiatives;
    const initiatives = [
      { ...first!, sourceWishIds: [], sourceProposalIds: [] },
      { ...second!, responsible: '' },
      ...rest,
    ];
    const adviceOnly = checkCompleteness(
      { ...plan, initiatives: [initiatives[0]!] },
      absenceBaseline,
    );
    expect(adviceOnly.complete).toBe(true);
    const report = checkCompleteness({ ...plan, initiatives }, absenceBaseline);
    expect(report.complete).toBe(false);
    expect(report.initiatives).toEqual([
      { initiativeId: first!.id, gaps: ['source'] },
      { initiativeId: second!.id, gaps: ['responsible'] },
    ]);
  });
});
