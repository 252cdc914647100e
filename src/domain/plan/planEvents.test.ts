import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { examplePlan } from './exampleWorkplace.testHelper';
import {
  emptyHandleplan,
  goalCriteriaMet,
  type Handleplan,
  type InitiativeFields,
} from './handleplan';
import { handleplanSchema } from './handleplanSchema';
import { isRejection } from '../outcome';
import { ok } from '../testing/ok';
import { applyPlanEvent, type PlanEvent, type StatusUpdated } from './planEvents';

const apply = (events: PlanEvent[], start: Handleplan = emptyHandleplan()) =>
  events.reduce((plan, e) => ok(applyPlanEvent(plan, e)), start);

const added = (id: string, title = 'T'): PlanEvent => ({
  type: 'initiativeAdded',
  id,
  fields: { title },
});

describe('handleplan events', () => {
  it('adds an initiative with defaults, not started', () => {
    const plan = apply([added('i1', '  Ro i pausen  ')]);
    expect(plan.initiatives).toHaveLength(1);
    expect(plan.initiatives[0]).toMatchObject({
      id: 'i1',
      title: 'Ro i pausen',
      status: 'notStarted',
      priority: 'medium',
      followUpDates: [],
    });
    expect(handleplanSchema.safeParse(plan).success).toBe(true);
  });

  it('names why an initiative is refused', () => {
    const plan = apply([added('i1')]);
    const change = (changes: Partial<InitiativeFields>) => ({
      type: 'initiativeChanged' as const,
      id: 'i1',
      changes,
    });
    expect(applyPlanEvent(plan, added('i2', ' '))).toBe('emptyTitle');
    expect(applyPlanEvent(plan, added('i1'))).toBe('duplicateId');
    expect(applyPlanEvent(plan, change({ start: '2027-02-30' }))).toBe('invalidDate');
    expect(applyPlanEvent(plan, change({ followUpDates: ['soon'] }))).toBe('invalidDate');
    expect(applyPlanEvent(plan, change({ start: '2027-03-01', deadline: '2027-02-01' }))).toBe(
      'deadlineBeforeStart',
    );
    expect(
      applyPlanEvent(plan, change({ start: '2027-03-01', followUpDates: ['2027-02-01'] })),
    ).toBe('followUpBeforeStart');
    expect(applyPlanEvent(plan, change({ title: '  ' }))).toBe('emptyTitle');
    expect(applyPlanEvent(plan, { ...change({}), id: 'nope' })).toBe('unknownInitiative');
    expect(applyPlanEvent(plan, { type: 'initiativeRemoved', id: 'nope' })).toBe(
      'unknownInitiative',
    );
    expect(applyPlanEvent(plan, change({ deadline: '2020-01-01', start: '2021-01-01' }))).toBe(
      'deadlineBeforeStart',
    );
  });

  it('merges changes, sorts follow-up dates, and ignores an edit that changes nothing', () => {
    const plan = apply([
      added('i1'),
      {
        type: 'initiativeChanged',
        id: 'i1',
        changes: { followUpDates: ['2027-06-01', '2027-03-01', '2027-06-01'], responsible: 'Ida' },
      },
    ]);
    expect(plan.initiatives[0]).toMatchObject({
      title: 'T',
      responsible: 'Ida',
      followUpDates: ['2027-03-01', '2027-06-01'],
    });
    const same: PlanEvent = {
      type: 'initiativeChanged',
      id: 'i1',
      changes: { responsible: 'Ida' },
    };
    expect(applyPlanEvent(plan, same)).toBe(plan);
  });

  it('cannot change id or status through initiativeChanged', () => {
    const plan = apply([added('i1')]);
    const sneaky = { type: 'initiativeChanged', id: 'i1', changes: { id: 'x', status: 'done' } };
    const next = ok(applyPlanEvent(plan, sneaky as PlanEvent));
    expect(next.initiatives[0]).toMatchObject({ id: 'i1', status: 'notStarted' });
  });

  it('reorders initiatives', () => {
    const plan = apply([added('a'), added('b'), added('c')]);
    const moved = ok(applyPlanEvent(plan, { type: 'initiativeMoved', id: 'c', toIndex: 0 }));
    expect(moved.initiatives.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(applyPlanEvent(plan, { type: 'initiativeMoved', id: 'a', toIndex: 0 })).toBe(plan);
    expect(applyPlanEvent(plan, { type: 'initiativeMoved', id: 'a', toIndex: 3 })).toBe(
      'invalidIndex',
    );
    expect(applyPlanEvent(plan, { type: 'initiativeMoved', id: 'nope', toIndex: 0 })).toBe(
      'unknownInitiative',
    );
  });

  it('needs a note to drop an initiative', () => {
    const plan = apply([added('i1')]);
    const status = (note: string): StatusUpdated => ({
      type: 'statusUpdated',
      id: 'log1',
      initiativeId: 'i1',
      status: 'dropped',
      note,
      at: '2027-05-01T10:00:00+02:00',
    });
    expect(applyPlanEvent(plan, status(' '))).toBe('dropWithoutNote');
    const dropped = ok(applyPlanEvent(plan, status('Ingen midler')));
    expect(dropped.initiatives[0]).toMatchObject({ status: 'dropped', statusNote: 'Ingen midler' });
    expect(applyPlanEvent(dropped, status('Ingen midler '))).toBe(dropped);
    expect(applyPlanEvent(plan, { ...status('x'), at: 'yesterday' })).toBe('invalidTime');
    expect(applyPlanEvent(plan, { ...status('x'), initiativeId: 'nope' })).toBe(
      'unknownInitiative',
    );
  });

  it('keeps goal checklists as guidance', () => {
    const plan = apply([
      { type: 'goalAdded', id: 'g1', text: 'Mere ro' },
      { type: 'goalCriterionChecked', id: 'g1', criterion: 'positive', checked: true },
      { type: 'goalCriterionChecked', id: 'g1', criterion: 'measurable', checked: true },
    ]);
    expect(goalCriteriaMet(plan.goals[0]!)).toBe(2);
    const again: PlanEvent = {
      type: 'goalCriterionChecked',
      id: 'g1',
      criterion: 'positive',
      checked: true,
    };
    expect(applyPlanEvent(plan, again)).toBe(plan);
  });

  it('names why a goal event is refused', () => {
    const plan = apply([{ type: 'goalAdded', id: 'g1', text: 'Mere ro' }]);
    expect(applyPlanEvent(plan, { type: 'goalAdded', id: 'g1', text: 'Igen' })).toBe('duplicateId');
    expect(applyPlanEvent(plan, { type: 'goalAdded', id: 'g2', text: ' ' })).toBe('emptyText');
    expect(applyPlanEvent(plan, { type: 'goalChanged', id: 'g1', text: '' })).toBe('emptyText');
    expect(applyPlanEvent(plan, { type: 'goalChanged', id: 'g1', text: ' Mere ro ' })).toBe(plan);
    expect(applyPlanEvent(plan, { type: 'goalChanged', id: 'g9', text: 'x' })).toBe('unknownGoal');
    expect(applyPlanEvent(plan, { type: 'goalRemoved', id: 'g9' })).toBe('unknownGoal');
    expect(
      applyPlanEvent(plan, {
        type: 'goalCriterionChecked',
        id: 'g9',
        criterion: 'positive',
        checked: true,
      }),
    ).toBe('unknownGoal');
    expect(ok(applyPlanEvent(plan, { type: 'goalRemoved', id: 'g1' })).goals).toEqual([]);
  });

  it('records communication items, absence considerations and the approval date', () => {
    const plan = apply([
      {
        type: 'communicationItemAdded',
        id: 'c1',
        what: 'Status',
        audience: 'Alle',
        when: 'Hver måned',
        channel: 'staffMeeting',
      },
      { type: 'absenceConsiderationsSet', text: 'Hold øje med fraværet' },
      { type: 'planApproved', date: '2027-02-18' },
    ]);
    expect(plan.communication).toHaveLength(1);
    expect(plan.absenceConsiderations).toBe('Hold øje med fraværet');
    expect(plan.approvalDate).toBe('2027-02-18');
    expect(applyPlanEvent(plan, { type: 'planApproved', date: '2027-02-18' })).toBe(plan);
    expect(applyPlanEvent(plan, { type: 'planApproved', date: '18-02-2027' })).toBe('invalidDate');
    expect(
      applyPlanEvent(plan, { type: 'absenceConsiderationsSet', text: 'Hold øje med fraværet' }),
    ).toBe(plan);
  });

  it('names why a communication item is refused', () => {
    const item = {
      id: 'c1',
      what: 'Status',
      audience: 'Alle',
      when: 'Hver måned',
      channel: 'staffMeeting',
    } as const;
    const plan = apply([{ type: 'communicationItemAdded', ...item }]);
    expect(applyPlanEvent(plan, { type: 'communicationItemAdded', ...item })).toBe('duplicateId');
    expect(
      applyPlanEvent(plan, { type: 'communicationItemAdded', ...item, id: 'c2', what: ' ' }),
    ).toBe('emptyText');
    expect(applyPlanEvent(plan, { type: 'communicationItemChanged', ...item, what: '' })).toBe(
      'emptyText',
    );
    expect(applyPlanEvent(plan, { type: 'communicationItemChanged', ...item, id: 'c9' })).toBe(
      'unknownCommunicationItem',
    );
    expect(applyPlanEvent(plan, { type: 'communicationItemRemoved', id: 'c9' })).toBe(
      'unknownCommunicationItem',
    );
    expect(applyPlanEvent(plan, { type: 'communicationItemChanged', ...item })).toBe(plan);
    const changed = ok(
      applyPlanEvent(plan, { type: 'communicationItemChanged', ...item, when: 'Hver uge' }),
    );
    expect(changed.communication).toEqual([{ ...item, when: 'Hver uge' }]);
    expect(
      ok(applyPlanEvent(plan, { type: 'communicationItemRemoved', id: 'c1' })).communication,
    ).toEqual([]);
  });

  it('keeps the example plan valid against its schema', () => {
    expect(handleplanSchema.safeParse(examplePlan()).success).toBe(true);
  });

  it('never lets an event produce a plan the schema rejects', () => {
    const date = fc.constantFrom('', '2027-01-01', '2027-03-01', '2027-13-01');
    const event = fc.oneof(
      fc.record({
        type: fc.constant('initiativeAdded' as const),
        id: fc.constantFrom('a', 'b'),
        fields: fc.record({ title: fc.string({ maxLength: 3 }), start: date, deadline: date }),
      }),
      fc.record({
        type: fc.constant('initiativeChanged' as const),
        id: fc.constantFrom('a', 'b'),
        changes: fc.record(
          { start: date, deadline: date, followUpDates: fc.array(date, { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        type: fc.constant('initiativeMoved' as const),
        id: fc.constantFrom('a', 'b'),
        toIndex: fc.integer({ min: -1, max: 2 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        const plan = events.reduce((before: Handleplan, e) => {
          const next = applyPlanEvent(before, e);
          return isRejection(next) ? before : next;
        }, emptyHandleplan());
        expect(handleplanSchema.safeParse(plan).success).toBe(true);
        for (const i of plan.initiatives) {
          if (i.start && i.deadline) expect(i.deadline >= i.start).toBe(true);
        }
      }),
    );
  });
});
