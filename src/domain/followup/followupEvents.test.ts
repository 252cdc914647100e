import { describe, expect, it } from 'vitest';
import type { AbsenceFigures } from '../absence/absence';
import { emptyFollowUp, type FollowUp } from './followup';
import { ok } from '../testing/ok';
import { applyFollowUpEvent, type FollowUpEvent } from './followupEvents';
import { followUpSchema } from './followupSchema';

const apply = (events: FollowUpEvent[], start: FollowUp = emptyFollowUp()) =>
  events.reduce((f, e) => ok(applyFollowUpEvent(f, e)), start);

const status: FollowUpEvent = {
  type: 'statusUpdated',
  id: 's1',
  initiativeId: 'i1',
  status: 'inProgress',
  note: 'Gået i gang',
  at: '2027-03-02T09:00:00+01:00',
};

describe('follow-up events', () => {
  it('logs status updates in order', () => {
    const f = apply([status, { ...status, id: 's2', status: 'done', note: '' }]);
    expect(f.statusLog.map((e) => [e.id, e.status])).toEqual([
      ['s1', 'inProgress'],
      ['s2', 'done'],
    ]);
    expect(followUpSchema.safeParse(f).success).toBe(true);
  });

  it('refuses a drop without a note, a reused id and a bad time', () => {
    const f = apply([status]);
    expect(applyFollowUpEvent(f, status)).toBe('duplicateId');
    expect(applyFollowUpEvent(f, { ...status, id: 's2', status: 'dropped', note: ' ' })).toBe(
      'dropWithoutNote',
    );
    expect(applyFollowUpEvent(f, { ...status, id: 's2', at: '2027-03-02' })).toBe('invalidTime');
  });

  it('keeps the communication log, team and checks', () => {
    const f = apply([
      {
        type: 'staffInformed',
        id: 'c1',
        what: 'Status på pauserum',
        date: '2027-04-01',
        channel: 'email',
      },
      {
        type: 'teamMemberAdded',
        id: 't1',
        name: 'Sofie',
        kind: 'trivselsagenter',
        role: 'Samler op',
      },
      {
        type: 'followUpChecked',
        id: 'k1',
        initiativeId: 'i1',
        plannedDate: '2027-06-01',
        heldOn: '2027-06-03',
        verdict: 'works',
        note: '',
      },
    ]);
    expect(f.communicationLog).toHaveLength(1);
    expect(f.team[0]).toMatchObject({ name: 'Sofie', role: 'Samler op' });
    expect(f.checks[0]).toMatchObject({ plannedDate: '2027-06-01', verdict: 'works' });
    expect(followUpSchema.safeParse(f).success).toBe(true);
    const unchanged: FollowUpEvent = {
      type: 'teamMemberChanged',
      id: 't1',
      name: 'Sofie',
      kind: 'trivselsagenter',
      role: 'Samler op',
    };
    expect(applyFollowUpEvent(f, unchanged)).toBe(f);
    expect(applyFollowUpEvent(f, { ...unchanged, id: 't9' })).toBe('unknownItem');
    expect(applyFollowUpEvent(f, { ...unchanged, type: 'teamMemberAdded' })).toBe('duplicateId');
    expect(applyFollowUpEvent(f, { ...unchanged, name: ' ' })).toBe('emptyName');
    expect(ok(applyFollowUpEvent(f, { type: 'teamMemberRemoved', id: 't1' })).team).toEqual([]);
    expect(applyFollowUpEvent(f, { type: 'teamMemberRemoved', id: 't9' })).toBe('unknownItem');
  });

  it('validates absence measurements', () => {
    const figures = { from: '2027-01-01', to: '2027-06-30', plannedWorkdays: 3720, daysLost: 181 };
    const f = apply([{ type: 'absenceMeasured', id: 'a1', figures }]);
    expect(f.absenceMeasurements).toEqual([{ id: 'a1', figures }]);
    const bad: FollowUpEvent = {
      type: 'absenceMeasured',
      id: 'a2',
      figures: { ...figures, plannedWorkdays: -1 },
    };
    expect(applyFollowUpEvent(f, bad)).toBe('invalidFigures');
    const same: FollowUpEvent = { type: 'absenceMeasurementChanged', id: 'a1', figures };
    expect(applyFollowUpEvent(f, same)).toBe(f);
    expect(applyFollowUpEvent(f, { ...same, id: 'a9' })).toBe('unknownItem');
  });

  it('refuses a measurement that starts before the baseline period has ended', () => {
    const baseline = { from: '2026-01-01', to: '2026-12-31', plannedWorkdays: 100, daysLost: 5 };
    const figures = { from: '2026-07-01', to: '2027-06-30', plannedWorkdays: 100, daysLost: 4 };
    const measured: FollowUpEvent = { type: 'absenceMeasured', id: 'a1', figures };
    expect(applyFollowUpEvent(emptyFollowUp(), measured, baseline)).toBe('measuredBeforeBaseline');
    const after = { ...figures, from: '2027-01-01' };
    expect(
      ok(applyFollowUpEvent(emptyFollowUp(), { ...measured, figures: after }, baseline))
        .absenceMeasurements,
    ).toHaveLength(1);
    // Without a baseline period there is nothing to compare with, and nothing to refuse.
    expect(ok(applyFollowUpEvent(emptyFollowUp(), measured)).absenceMeasurements).toHaveLength(1);
  });

  it('refuses more days lost than planned, whether measured or changed', () => {
    const figures = { from: '2027-01-01', to: '2027-06-30', plannedWorkdays: 100, daysLost: 100 };
    const f = apply([{ type: 'absenceMeasured', id: 'a1', figures }]);
    const over = { ...figures, daysLost: 101 };
    expect(applyFollowUpEvent(f, { type: 'absenceMeasured', id: 'a2', figures: over })).toBe(
      'lostExceedsPlanned',
    );
    expect(
      applyFollowUpEvent(f, { type: 'absenceMeasurementChanged', id: 'a1', figures: over }),
    ).toBe('lostExceedsPlanned');
  });

  it('refuses a measurement without its whole period and both numbers, or a period backwards', () => {
    const figures: AbsenceFigures = {
      from: '2027-01-01',
      to: '2027-06-30',
      plannedWorkdays: 100,
      daysLost: 5,
    };
    const f = emptyFollowUp();
    const measured = (changes: Partial<AbsenceFigures>) =>
      applyFollowUpEvent(f, {
        type: 'absenceMeasured',
        id: 'a1',
        figures: { ...figures, ...changes },
      });
    expect(measured({ from: '' })).toBe('incompleteFigures');
    expect(measured({ to: '' })).toBe('incompleteFigures');
    expect(measured({ plannedWorkdays: null })).toBe('incompleteFigures');
    expect(measured({ daysLost: null })).toBe('incompleteFigures');
    expect(measured({ from: '2027-07-01' })).toBe('periodReversed');
    expect(ok(measured({ daysLost: 0 })).absenceMeasurements).toHaveLength(1);
  });
});
