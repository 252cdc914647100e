import { describe, expect, it } from 'vitest';
import { examplePlan } from '../plan/exampleWorkplace.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { formatExportDate } from './format';
import { PLAN_COLUMNS, planPrintModel } from './planRows';

describe('the shared print model', () => {
  it('writes dates as dd-mm-yyyy and leaves other text alone', () => {
    expect(formatExportDate('2027-03-01')).toBe('01-03-2027');
    expect(formatExportDate('')).toBe('');
    expect(formatExportDate('snart')).toBe('snart');
  });

  it('has one row per initiative with every column, in plan order', () => {
    const model = planPrintModel(exampleExportInput());
    expect(model.columns.map((c) => c.id)).toEqual([...PLAN_COLUMNS]);
    expect(model.rows.map((r) => r.order)).toEqual(['1', '2', '3', '4', '5']);
    expect(model.rows[1]!.followUp).toBe('01-05-2027, 01-10-2027\nm');
    expect(model.rows[0]!.problem).toBe('Art: k\nAlvor: s\nOmfang: e\nÅrsager: c');
  });

  it("shows a dropped initiative's note with its status, and a missing approval", () => {
    const plan = examplePlan();
    plan.approvalDate = '';
    plan.initiatives[0] = {
      ...plan.initiatives[0]!,
      status: 'dropped',
      statusNote: 'Ingen midler',
    };
    const model = planPrintModel(exampleExportInput(plan));
    expect(model.rows[0]!.status).toBe('Droppet\nIngen midler');
    expect(model.meta[2]).toEqual(['Godkendt', 'Ikke godkendt']);
  });

  it('says the absence is not measured when the baseline is empty', () => {
    const input = exampleExportInput();
    const model = planPrintModel({
      ...input,
      absenceBaseline: { from: '', to: '', plannedWorkdays: null, daysLost: null },
    });
    expect(model.absence.slice(0, 2)).toEqual([
      ['Udgangspunkt', 'Ikke målt'],
      ['Fraværsprocent', 'Ikke målt'],
    ]);
  });
});
