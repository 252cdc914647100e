import { describe, expect, it } from 'vitest';
import { INITIATIVE_GAPS, PLAN_GAPS } from '../plan/completeness';
import { emptyHandleplan } from '../plan/handleplan';
import { examplePlan, testLabels } from '../plan/exampleWorkplace.testHelper';
import { planCsv } from './csv';
import { exampleExportInput } from './exportInput.testHelper';
import { planMarkdown } from './markdown';
import { planDocModel } from './planDoc';
import { planPrintModel, type ExportLabels, type PlanExportInput } from './planRows';

const names = Object.fromEntries(
  [...INITIATIVE_GAPS, ...PLAN_GAPS].map((g) => [g, `MANGLER-${g}`]),
) as NonNullable<ExportLabels['gaps']>['names'];
const labels: ExportLabels = {
  ...testLabels,
  gaps: { column: 'Mangler', plan: 'Mangler i planen', names },
};

function incompleteInput(markGaps: boolean): PlanExportInput {
  const plan = examplePlan();
  const [first, second, ...rest] = plan.initiatives;
  return {
    ...exampleExportInput({
      ...plan,
      approvalDate: '',
      initiatives: [
        { ...first!, responsible: '', followUpDates: [] },
        { ...second!, sourceWishIds: [], sourceProposalIds: [] },
        ...rest,
      ],
    }),
    labels,
    markGaps,
  };
}

describe('marking gaps in an export of an incomplete plan', () => {
  it('adds no column and no line unless asked', () => {
    const model = planPrintModel(incompleteInput(false));
    expect(model.columns.map((c) => c.id)).not.toContain('gaps');
    expect(model.meta.map(([label]) => label)).not.toContain('Mangler i planen');
  });

  it('adds a gaps column per initiative and a plan-wide line', () => {
    const model = planPrintModel(incompleteInput(true));
    expect(model.columns.at(-1)).toEqual({ id: 'gaps', label: 'Mangler' });
    expect(model.rows[0]!.gaps.split('\n')).toEqual(['MANGLER-responsible', 'MANGLER-followUp']);
    expect(model.rows[1]!.gaps).toBe('MANGLER-source');
    expect(model.rows[2]!.gaps).toBe('');
    expect(model.meta).toContainEqual(['Mangler i planen', 'MANGLER-approvalDate']);
  });

  it('shows in the CSV and the Markdown', () => {
    const csv = planCsv(incompleteInput(true));
    expect(csv).toContain(';Mangler\r\n');
    expect(csv).toContain('"MANGLER-responsible\nMANGLER-followUp"');
    const md = planMarkdown(incompleteInput(true));
    expect(md).toContain('- **Mangler:** MANGLER-responsible  \n  MANGLER-followUp');
  });

  it('puts what is missing first in each initiative’s block of the document, to stand out', () => {
    const blocks = planDocModel(planPrintModel(incompleteInput(true))).sections.find(
      (sec) => sec.id === 'initiatives',
    )!.blocks;
    const at = (title: string) =>
      blocks.findIndex((b) => b.kind === 'subheading' && b.text === title);
    const plan = examplePlan();
    expect(blocks[at(`1. ${plan.initiatives[0]!.title}`) + 1]).toEqual({
      kind: 'fields',
      rows: [['Mangler', 'MANGLER-responsible\nMANGLER-followUp']],
      alert: true,
    });
    // A complete initiative has no such block, and no field is called "Mangler" elsewhere.
    expect(blocks[at(`3. ${plan.initiatives[2]!.title}`) + 1]).not.toHaveProperty('alert');
    const alerts = blocks.filter((b) => b.kind === 'fields' && b.alert);
    expect(alerts).toHaveLength(2);
    const plain = planDocModel(planPrintModel(incompleteInput(false)));
    expect(JSON.stringify(plain)).not.toContain('MANGLER');
  });

  it("ignores markGaps without gap labels, and lists an empty plan's gaps", () => {
    const without = planPrintModel({ ...incompleteInput(true), labels: testLabels });
    expect(without.columns.map((c) => c.id)).not.toContain('gaps');
    const empty = planPrintModel({
      ...exampleExportInput(emptyHandleplan()),
      labels,
      markGaps: true,
    });
    expect(empty.meta.at(-1)![1]).toContain('MANGLER-noInitiatives');
  });
});
