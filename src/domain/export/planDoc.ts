import {
  filledFields,
  listBlock,
  subheading,
  tableBlock,
  type DocBlock,
  type DocModel,
  type DocSection,
} from './docModel';
import type { ModelTable } from './followUpTables';
import type { ModelColumn, PlanPrintModel } from './planRows';

/*
 * The handleplan as a paged document, the one model its Word file, its print view (the PDF)
 * and its Markdown lay out: the title with the workplace and the date, a summary first (the
 * goals, the initiatives one line each with who and when: what a staff meeting needs), then
 * one block per initiative on a page of its own, sickness absence, the communication plan,
 * the follow-up so far and who approved, with lines to sign.
 */

/**
 * The summary's columns and their relative widths: on A4 portrait, dates and statuses fit on
 * one line in Calibri and in the wider fonts LibreOffice puts in its place (DejaVu Sans).
 */
const OVERVIEW_COLUMNS: readonly (readonly [ModelColumn, number])[] = [
  ['order', 560],
  ['title', 2528],
  ['responsible', 1800],
  ['start', 1500],
  ['deadline', 1500],
  ['status', 1750],
];

/** Relative widths of the other tables, in the order of their columns. */
export const TABLE_WIDTHS = {
  checks: [2538, 1350, 1350, 1700, 2700],
  absence: [2538, 1450, 1450, 1700, 2500],
  told: [1350, 6288, 2000],
  communication: [3638, 2000, 2000, 2000],
} as const;

/** The initiatives' own line in the summary: the number, title, who, start, deadline, status. */
function overviewBlocks(m: PlanPrintModel): DocBlock[] {
  const label = (id: ModelColumn) => m.columns.find((c) => c.id === id)!.label;
  // The summary shows the status itself; its note belongs in the initiative's block.
  const firstLine = (text: string) => text.split('\n')[0]!;
  return tableBlock(
    OVERVIEW_COLUMNS.map(([id]) => label(id)),
    OVERVIEW_COLUMNS.map(([, width]) => width),
    m.rows.map((row) => ({
      cells: OVERVIEW_COLUMNS.map(([id]) => (id === 'status' ? firstLine(row[id]) : row[id])),
    })),
  );
}

/**
 * One block per initiative: its number and title, what is missing first when an incomplete
 * plan is exported anyway, then every filled field as label and value.
 */
export function initiativeBlocks(m: PlanPrintModel): DocBlock[] {
  const skip = new Set<ModelColumn>(['order', 'title', 'gaps']);
  const fields = m.columns.filter((c) => !skip.has(c.id));
  const gaps = m.columns.find((c) => c.id === 'gaps');
  return m.rows.flatMap((row): DocBlock[] => {
    const missing: DocBlock[] =
      gaps && row.gaps ? [{ kind: 'fields', rows: [[gaps.label, row.gaps]], alert: true }] : [];
    return [
      subheading(`${row.order}. ${row.title}`),
      ...missing,
      ...filledFields(fields.map((c) => [c.label, row[c.id]])),
    ];
  });
}

/** The communication plan as a table, or nothing. */
export function communicationBlocks(m: PlanPrintModel, withHeading = false): DocBlock[] {
  return tableBlock(
    m.communicationColumns.map((c) => c.label),
    [...TABLE_WIDTHS.communication],
    m.communication.map((row) => ({ cells: m.communicationColumns.map((c) => row[c.id]) })),
    withHeading ? m.communicationHeading : undefined,
  );
}

/** A follow-up table under its heading, or nothing when it has no rows. */
export function followUpTableBlocks<K extends string>(
  t: ModelTable<K> | null,
  widths: readonly number[],
): DocBlock[] {
  return t
    ? tableBlock(
        t.columns.map((c) => c.label),
        [...widths],
        t.rows.map((r) => ({ cells: t.columns.map((c) => r[c.id]) })),
        t.heading,
      )
    : [];
}

/** Who approved, each with a line to sign, or nothing before anyone is named. */
export function approvalBlocks(m: PlanPrintModel): DocBlock[] {
  const a = m.approval;
  return a.lines.length > 0 ? [{ kind: 'signatures', header: a.header, lines: a.lines }] : [];
}

export function planDocModel(m: PlanPrintModel): DocModel {
  const f = m.followUp;
  const sections: DocSection[] = [
    { id: 'goals', heading: m.goalsHeading, blocks: listBlock(m.goals) },
    { id: 'overview', heading: m.document.overview, blocks: overviewBlocks(m) },
    {
      id: 'initiatives',
      heading: m.document.initiatives,
      blocks: initiativeBlocks(m),
      newPage: true,
    },
    { id: 'absence', heading: m.absenceHeading, blocks: filledFields(m.absence) },
    { id: 'communication', heading: m.communicationHeading, blocks: communicationBlocks(m) },
    {
      id: 'followUp',
      heading: f.heading,
      blocks: [
        ...followUpTableBlocks(f.checks, TABLE_WIDTHS.checks),
        ...followUpTableBlocks(f.absence, TABLE_WIDTHS.absence),
        ...followUpTableBlocks(f.told, TABLE_WIDTHS.told),
      ],
    },
    { id: 'approval', heading: m.approval.heading, blocks: approvalBlocks(m) },
  ];
  return {
    heading: m.heading,
    meta: m.meta,
    sections: sections.filter((s) => s.blocks.length > 0),
    page: { page: m.document.page, of: m.document.of },
  };
}
