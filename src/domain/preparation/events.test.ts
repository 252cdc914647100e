import { describe, expect, it } from 'vitest';
import { createProcess } from '../document';
import { applyEvent } from '../events';
import { loadProcess } from '../migrations';
import type { PreparationEvent } from './events';

const doc = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });
const at = '2026-11-25T11:00:00.000Z';
const apply = (event: PreparationEvent, d = doc) => applyEvent(d, event, at);

describe('preparation events', () => {
  it('records answers, people, meetings and absence, and stamps the change', () => {
    let d = apply({ type: 'preparationAnswered', question: 'purpose', text: 'Mere trivsel' });
    d = apply({ type: 'participantsSet', count: 34 }, d);
    d = apply({ type: 'departmentAdded', id: 'd1', name: 'Vuggestuen', headcount: 12 }, d);
    d = apply({ type: 'departmentChanged', id: 'd1', patch: { headcount: 13 } }, d);
    d = apply({ type: 'personAdded', role: 'amg', id: 'a1', name: 'Jens' }, d);
    d = apply({ type: 'meetingPlanned', meeting: 'dialogmoede1', at: '2027-01-12T13:00' }, d);
    d = apply({ type: 'absenceBaselineChanged', patch: { plannedWorkdays: 7480 } }, d);
    d = apply({ type: 'absenceBaselineChanged', patch: { daysLost: 412 } }, d);
    expect(d.preparation.answers.purpose).toBe('Mere trivsel');
    expect(d.people.participants).toBe(34);
    expect(d.people.departments).toEqual([{ id: 'd1', name: 'Vuggestuen', headcount: 13 }]);
    expect(d.people.amg).toEqual([{ id: 'a1', name: 'Jens' }]);
    expect(d.meetings.dialogmoede1).toBe('2027-01-12T13:00');
    expect(d.absence.baseline).toMatchObject({ plannedWorkdays: 7480, daysLost: 412 });
    expect(d.updatedAt).toBe(at);
    expect(loadProcess(d).ok).toBe(true);
  });

  it('changes nothing for invalid values', () => {
    const invalid: PreparationEvent[] = [
      { type: 'participantsSet', count: 0 },
      { type: 'participantsSet', count: 2.5 },
      { type: 'participantsSet', count: -4 },
      { type: 'departmentAdded', id: 'd1', name: 'X', headcount: 0 },
      { type: 'meetingPlanned', meeting: 'dialogmoede1', at: '2027-13-45T99:00' },
      { type: 'absenceBaselineChanged', patch: { plannedWorkdays: -1 } },
      { type: 'absenceBaselineChanged', patch: { from: 'i går' } },
      { type: 'processRenamed', name: '   ' },
    ];
    for (const event of invalid) expect(apply(event)).toBe(doc);
  });

  it('keeps both of two edits to different fields of the absence figures, in either order', () => {
    const a = { type: 'absenceBaselineChanged', patch: { plannedWorkdays: 200 } } as const;
    const b = { type: 'absenceBaselineChanged', patch: { daysLost: 9 } } as const;
    expect(apply(b, apply(a)).absence.baseline).toEqual(apply(a, apply(b)).absence.baseline);
    expect(apply(b, apply(a)).absence.baseline).toMatchObject({
      plannedWorkdays: 200,
      daysLost: 9,
    });
  });

  it('clips over-long text rather than storing it', () => {
    const d = apply({ type: 'moedelederSet', name: 'x'.repeat(5000) });
    expect(loadProcess(d).ok).toBe(true);
  });
});
