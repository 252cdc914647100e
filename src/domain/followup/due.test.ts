import { describe, expect, it } from 'vitest';
import { exampleInitiatives } from '../plan/exampleWorkplace.testHelper';
import { dueItems } from './due';
import type { FollowUpCheck } from './followup';

const check = (initiativeId: string, plannedDate: string): FollowUpCheck => ({
  id: `${initiativeId}-${plannedDate}`,
  initiativeId,
  plannedDate,
  heldOn: plannedDate,
  verdict: 'works',
  note: '',
});

describe('due and overdue follow-ups', () => {
  // init-3 runs 2027-02-20 → 2027-03-15, follow-up 2027-06-15; init-2 follows up 2027-05-01.
  const initiatives = exampleInitiatives();

  it('lists what is overdue before today and due within the horizon, earliest first', () => {
    const items = dueItems(initiatives, [], '2027-04-15', 20);
    expect(items).toEqual([
      { initiativeId: 'init-3', kind: 'deadline', date: '2027-03-15', state: 'overdue' },
      { initiativeId: 'init-4', kind: 'deadline', date: '2027-03-31', state: 'overdue' },
      { initiativeId: 'init-1', kind: 'deadline', date: '2027-04-01', state: 'overdue' },
      { initiativeId: 'init-2', kind: 'followUp', date: '2027-05-01', state: 'due' },
    ]);
  });

  it('drops held follow-ups, deadlines of done initiatives and everything of dropped ones', () => {
    const changed = initiatives.map((i) =>
      i.id === 'init-3'
        ? { ...i, status: 'done' as const }
        : i.id === 'init-4'
          ? { ...i, status: 'dropped' as const, statusNote: 'x' }
          : i,
    );
    const items = dueItems(changed, [check('init-2', '2027-05-01')], '2027-06-20', 0);
    expect(items.map((i) => `${i.initiativeId} ${i.kind} ${i.date}`)).toEqual([
      'init-1 deadline 2027-04-01',
      'init-1 followUp 2027-06-01',
      'init-3 followUp 2027-06-15',
    ]);
  });
});
