import { describe, expect, it } from 'vitest';
import { createProcess } from '../document';
import { applyEvent } from '../apply';
import { loadProcess } from '../migrations';
import { ok } from '../testing/ok';
import { applyPreparationEvent, type PreparationEvent, type PreparationRejection } from './events';

const doc = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });
const at = '2026-11-25T11:00:00.000Z';
/** Applies an event that must be accepted. */
const apply = (event: PreparationEvent, d = doc) => ok(applyEvent(d, event, at));

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

  it('refuses invalid values, saying why', () => {
    const invalid: [PreparationEvent, PreparationRejection][] = [
      [{ type: 'participantsSet', count: 0 }, 'invalidCount'],
      [{ type: 'participantsSet', count: -4 }, 'invalidCount'],
      [{ type: 'departmentAdded', id: 'd1', name: 'X', headcount: 0 }, 'invalidCount'],
      [{ type: 'meetingPlanned', meeting: 'dialogmoede1', at: '2027-13-45T99:00' }, 'invalidTime'],
      [{ type: 'processRenamed', name: '   ' }, 'emptyName'],
    ];
    for (const [event, reason] of invalid) {
      expect(applyEvent(doc, event, at)).toBe(reason);
      expect(applyPreparationEvent(doc, event)).toBe(reason);
    }
  });

  it('refuses what no form sends as malformed on the event path; the section says why too', () => {
    const malformed: [PreparationEvent, PreparationRejection][] = [
      [{ type: 'participantsSet', count: 2.5 }, 'invalidCount'],
      [{ type: 'absenceBaselineChanged', patch: { plannedWorkdays: -1 } }, 'invalidFigures'],
      [{ type: 'absenceBaselineChanged', patch: { from: 'i går' } }, 'invalidFigures'],
    ];
    for (const [event, reason] of malformed) {
      expect(applyEvent(doc, event, at)).toBe('invalidEvent');
      expect(applyPreparationEvent(doc, event)).toBe(reason);
    }
  });

  it('refuses reused ids and changes to people or departments that are not there', () => {
    let d = apply({ type: 'personAdded', role: 'amg', id: 'a1', name: 'Jens' });
    d = apply({ type: 'departmentAdded', id: 'd1', name: 'Vuggestuen', headcount: 12 }, d);
    const refused: [PreparationEvent, PreparationRejection][] = [
      [{ type: 'personAdded', role: 'amg', id: 'a1', name: 'Ida' }, 'duplicateId'],
      [{ type: 'personRenamed', role: 'amg', id: 'a9', name: 'Ida' }, 'unknownPerson'],
      // The same id in the other role is another person.
      [{ type: 'personRemoved', role: 'moedeassistenter', id: 'a1' }, 'unknownPerson'],
      [{ type: 'departmentAdded', id: 'd1', name: 'Igen', headcount: 3 }, 'duplicateId'],
      [{ type: 'departmentChanged', id: 'd9', patch: { name: 'X' } }, 'unknownDepartment'],
      [{ type: 'departmentRemoved', id: 'd9' }, 'unknownDepartment'],
    ];
    for (const [event, reason] of refused) expect(applyEvent(d, event, at)).toBe(reason);
    const renamed = apply({ type: 'personRenamed', role: 'amg', id: 'a1', name: 'Ida' }, d);
    expect(renamed.people.amg).toEqual([{ id: 'a1', name: 'Ida' }]);
    expect(apply({ type: 'departmentRemoved', id: 'd1' }, d).people.departments).toEqual([]);
  });

  it('refuses a baseline with more days lost than planned, whichever figure comes last', () => {
    const planned = apply({ type: 'absenceBaselineChanged', patch: { plannedWorkdays: 200 } });
    expect(
      applyEvent(planned, { type: 'absenceBaselineChanged', patch: { daysLost: 201 } }, at),
    ).toBe('lostExceedsPlanned');
    const lost = apply({ type: 'absenceBaselineChanged', patch: { daysLost: 201 } });
    expect(
      applyEvent(lost, { type: 'absenceBaselineChanged', patch: { plannedWorkdays: 200 } }, at),
    ).toBe('lostExceedsPlanned');
    const all = { type: 'absenceBaselineChanged', patch: { daysLost: 200 } } as const;
    expect(apply(all, planned).absence.baseline).toMatchObject({
      plannedWorkdays: 200,
      daysLost: 200,
    });
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
