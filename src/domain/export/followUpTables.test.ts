import { describe, expect, it } from 'vitest';
import { emptyFollowUp } from '../followup/followup';
import { exampleFollowUp, examplePlan } from '../plan/exampleWorkplace.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { followUpTables } from './followUpTables';
import { planPrintModel } from './planRows';

describe('the follow-up in the shared print model', () => {
  it('is left out while nothing has been followed up', () => {
    const { followUp } = planPrintModel(exampleExportInput());
    expect(followUp).toEqual({ heading: 'Opfølgning', checks: null, absence: null, told: null });
    expect(followUpTables(followUp)).toEqual([]);
  });

  it('lists the effect checks in plan order with the initiative, dates, verdict and note', () => {
    const { checks } = planPrintModel(
      exampleExportInput(examplePlan(), exampleFollowUp()),
    ).followUp;
    expect(checks!.columns.map((c) => c.label)).toEqual([
      'Indsats',
      'Planlagt',
      'Holdt',
      'Virker det?',
      'Note',
    ]);
    expect(checks!.rows.map((r) => [r.initiative, r.plannedDate, r.heldOn, r.verdict])).toEqual([
      ['1. Fast forberedelsestid', '01-06-2027', '03-06-2027', 'Delvist'],
      ['2. Mindre støj i garderobe og fællesrum', '01-05-2027', '04-05-2027', 'Ikke endnu'],
      ['4. Et pauserum med ro', '31-05-2027', '31-05-2027', 'Ja, det virker'],
    ]);
    expect(checks!.rows[0]!.note).toMatch(/^Forberedelsen holdes tre uger ud af fire/);
  });

  it('compares every later absence measurement with the baseline', () => {
    const { absence } = planPrintModel(
      exampleExportInput(examplePlan(), exampleFollowUp()),
    ).followUp;
    expect(absence!.rows).toEqual([
      {
        period: 'Udgangspunkt\n01-01-2026 – 31-12-2026',
        plannedWorkdays: '7480',
        daysLost: '412',
        percentage: '5,5 %',
        difference: '',
      },
      {
        // The plan's first initiative starts on 20-02-2027.
        period: '01-01-2027 – 30-06-2027\nBegyndte før planen',
        plannedWorkdays: '3720',
        daysLost: '181',
        percentage: '4,9 %',
        difference: '0,6 procentpoint under',
      },
      {
        period: '01-07-2027 – 31-12-2027',
        plannedWorkdays: '3760',
        daysLost: '164',
        percentage: '4,4 %',
        difference: '1,1 procentpoint under',
      },
    ]);
  });

  it('says when absence rose or stayed the same', () => {
    const followUp = {
      ...emptyFollowUp(),
      absenceMeasurements: [
        {
          id: 'up',
          figures: { from: '2028-01-01', to: '2028-06-30', plannedWorkdays: 100, daysLost: 7 },
        },
        {
          id: 'same',
          figures: { from: '2028-07-01', to: '2028-12-31', plannedWorkdays: 200, daysLost: 11 },
        },
      ],
    };
    const { absence } = planPrintModel(exampleExportInput(examplePlan(), followUp)).followUp;
    expect(absence!.rows.map((r) => r.difference)).toEqual([
      '',
      '1,5 procentpoint over',
      'Som udgangspunktet',
    ]);
  });

  it('lists what staff were told by date, with the channel in words', () => {
    const followUp = exampleFollowUp();
    followUp.communicationLog.reverse();
    const { told } = planPrintModel(exampleExportInput(examplePlan(), followUp)).followUp;
    expect(told!.rows).toEqual([
      {
        date: '22-02-2027',
        what: 'Handleplanen fremlagt; hvem gør hvad og hvornår',
        channel: 'Personalemøde',
      },
      {
        date: '10-06-2027',
        what: 'Status efter første opfølgning: pauserummet virker, forberedelsen næsten',
        channel: 'E-mail',
      },
    ]);
  });

  it('leaves out a check of an initiative that is no longer in the plan', () => {
    const plan = examplePlan();
    plan.initiatives = plan.initiatives.filter((i) => i.id !== 'init-4');
    const { checks } = planPrintModel(exampleExportInput(plan, exampleFollowUp())).followUp;
    expect(checks!.rows.map((r) => r.initiative)).toEqual([
      '1. Fast forberedelsestid',
      '2. Mindre støj i garderobe og fællesrum',
    ]);
  });
});
