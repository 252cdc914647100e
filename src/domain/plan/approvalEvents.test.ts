import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok } from '../testing/ok';
import { LIMITS } from '../limits';
import { emptyHandleplan, APPROVER_ROLES, type Approval, type Handleplan } from './handleplan';
import { handleplanSchema } from './handleplanSchema';
import { applyPlanEvent, type PlanEvent } from './planEvents';

const signed = (fields: Partial<Approval> = {}): PlanEvent => ({
  type: 'approvalSigned',
  id: 'a1',
  name: 'Mette Kjær',
  role: 'management',
  title: 'Leder',
  date: '2027-02-18',
  ...fields,
});
const apply = (events: PlanEvent[], start: Handleplan = emptyHandleplan()) =>
  events.reduce((plan, e) => ok(applyPlanEvent(plan, e)), start);

describe('who approved the plan', () => {
  it('records each approver with name, role, title and date, in signing order', () => {
    const plan = apply([
      signed({ name: '  Mette Kjær  ', title: ' Daglig leder ' }),
      signed({ id: 'a2', name: 'Jens Ågaard', role: 'representative', title: '', date: '' }),
    ]);
    expect(plan.approvals).toEqual([
      {
        id: 'a1',
        name: 'Mette Kjær',
        role: 'management',
        title: 'Daglig leder',
        date: '2027-02-18',
      },
      { id: 'a2', name: 'Jens Ågaard', role: 'representative', title: '', date: '' },
    ]);
    expect(handleplanSchema.safeParse(plan).success).toBe(true);
  });

  it('corrects a line by its id and removes it', () => {
    const plan = apply([signed(), signed({ date: '2027-02-19', role: 'amo' })]);
    expect(plan.approvals).toEqual([expect.objectContaining({ role: 'amo', date: '2027-02-19' })]);
    const same = applyPlanEvent(plan, signed({ date: '2027-02-19', role: 'amo' }));
    expect(same).toBe(plan);
    expect(apply([{ type: 'approvalRemoved', id: 'a1' }], plan).approvals).toEqual([]);
  });

  it('says why it refuses a line: no name, an impossible date, an unknown id', () => {
    const plan = apply([signed()]);
    expect(applyPlanEvent(plan, signed({ id: 'a2', name: '  ' }))).toBe('emptyName');
    expect(applyPlanEvent(plan, signed({ date: '2027-02-30' }))).toBe('invalidDate');
    expect(applyPlanEvent(plan, { type: 'approvalRemoved', id: 'nobody' })).toBe('unknownItem');
  });

  it('keeps every accepted line valid for the stored schema', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2 * LIMITS.shortText }),
        fc.string(),
        fc.constantFrom(...APPROVER_ROLES),
        fc.constantFrom('', '2027-02-18', '2027-13-01', 'i går'),
        (name, title, role, date) => {
          const next = applyPlanEvent(emptyHandleplan(), signed({ name, title, role, date }));
          if (typeof next === 'string') return;
          expect(handleplanSchema.safeParse(next).success).toBe(true);
          expect(next.approvals[0]!.name.length).toBeLessThanOrEqual(LIMITS.shortText);
        },
      ),
    );
  });
});
