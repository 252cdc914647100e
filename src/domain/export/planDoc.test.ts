import { describe, expect, it } from 'vitest';
import { emptyHandleplan } from '../plan/handleplan';
import { exampleFollowUp, examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import { docTexts, type DocBlock, type DocModel } from './docModel';
import { exampleApprovals } from './exampleProcess.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { planDocModel } from './planDoc';
import { planPrintModel, type PlanExportInput } from './planRows';

const model = (input: PlanExportInput = exampleExportInput()) =>
  planDocModel(planPrintModel(input));
const blocks = (m: DocModel, id: string): DocBlock[] =>
  m.sections.find((s) => s.id === id)?.blocks ?? [];

describe('the handleplan’s document model (Word, print and Markdown)', () => {
  it('has the workplace in the title and the date at the top', () => {
    const m = model();
    expect(m.heading).toBe(`Handleplan: ${workplaceName}`);
    expect(m.meta).toContainEqual(['Dato', '05-03-2027']);
    expect(m.page).toEqual({ page: 'Side', of: 'af' });
  });

  it('opens with a summary: the goals, then the initiatives one line each with who and when', () => {
    const m = model();
    expect(m.sections.map((s) => s.id).slice(0, 3)).toEqual(['goals', 'overview', 'initiatives']);
    expect(blocks(m, 'goals')).toEqual([
      { kind: 'list', items: examplePlan().goals.map((g) => g.text) },
    ]);
    const [overview] = blocks(m, 'overview');
    if (overview?.kind !== 'table') throw new Error('no overview table');
    expect(overview.table.header).toEqual([
      'Nr.',
      'Indsats',
      'Ansvarlig',
      'Start',
      'Frist',
      'Status',
    ]);
    const first = examplePlan().initiatives[0]!;
    expect(overview.table.rows[0]!.cells).toEqual([
      '1',
      first.title,
      first.responsible,
      '01-03-2027',
      expect.stringMatching(/^\d\d-\d\d-\d{4}$/),
      'Ikke startet',
    ]);
    expect(overview.table.rows).toHaveLength(examplePlan().initiatives.length);
  });

  it('gives each initiative a block of its own on the pages after the summary', () => {
    const m = model();
    const initiatives = m.sections.find((s) => s.id === 'initiatives')!;
    expect(initiatives.newPage).toBe(true);
    const headings = initiatives.blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : []));
    expect(headings).toEqual(examplePlan().initiatives.map((i, n) => `${n + 1}. ${i.title}`));
    const fields = initiatives.blocks[1];
    if (fields?.kind !== 'fields') throw new Error('no fields after the heading');
    const labels = fields.rows.map(([label]) => label);
    // What and how, the problem, who, when, how success and the effect are checked, Kilde.
    expect(labels).toEqual(
      expect.arrayContaining([
        'Hvad og hvordan',
        'Problem',
        'Ansvarlig',
        'Start',
        'Frist',
        'Opfølgning',
        'Succeskriterium',
        'Status',
        'Kilde',
      ]),
    );
    expect(new Map(fields.rows).get('Problem')).toMatch(
      /^Art: .+\nAlvor: .+\nOmfang: .+\nÅrsager: /,
    );
    // Empty fields are left out, not shown as blank lines.
    for (const [, value] of fields.rows) expect(value.trim()).not.toBe('');
  });

  it('holds the follow-up and the approvers only once there are any', () => {
    const before = model();
    expect(before.sections.map((s) => s.id)).not.toContain('followUp');
    expect(before.sections.map((s) => s.id)).not.toContain('approval');
    const after = model(
      exampleExportInput({ ...examplePlan(), approvals: exampleApprovals() }, exampleFollowUp()),
    );
    expect(after.sections.map((s) => s.id)).toEqual([
      'goals',
      'overview',
      'initiatives',
      'absence',
      'followUp',
      'approval',
    ]);
    const subheadings = blocks(after, 'followUp').flatMap((b) =>
      b.kind === 'subheading' ? [b.text] : [],
    );
    expect(subheadings).toEqual([
      'Tjek af effekten',
      'Sygefravær efter planens start',
      'Hvad personalet har fået at vide',
    ]);
    expect(blocks(after, 'approval')[0]).toMatchObject({
      kind: 'signatures',
      lines: [{ name: 'Mette Kjær, Daglig leder' }, expect.anything()],
    });
  });

  it('an empty plan has no goals, summary or blocks, and still says what absence is known', () => {
    const m = model(exampleExportInput(emptyHandleplan()));
    expect(m.sections.map((s) => s.id)).toEqual(['absence']);
    expect(docTexts(m)).toContain('5,5 %');
  });
});
