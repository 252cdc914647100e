import { Paragraph, Table, TableLayoutType, TableRow, WidthType, type Document } from 'docx';
import {
  a4Document,
  bullet,
  cell,
  heading,
  labelled,
  signatureTable,
  table,
  TEXT_WIDTH,
  title,
} from './docxParts';
import type { ModelTable } from './followUpTables';
import type { ModelColumn, PlanPrintModel } from './planRows';

export { PAGE, TABLE_TEXT_SIZE, TEXT_WIDTH } from './docxParts';

/*
 * Builds the docx model only; packing it (Packer.toBlob) belongs to the UI, which loads
 * this module lazily. Its only runtime import is 'docx': the caller builds the print
 * model (planPrintModel) first, so nothing else is pulled into the lazy chunk.
 *
 * A4 portrait for staff to read: a first page with the goals and the initiatives one line
 * each (who and when), then one block per initiative instead of a 13-column table, then
 * sickness absence, the communication plan, the follow-up so far and who approved, with
 * lines to sign. Every table has fixed column widths that fit the page (sized so that
 * Danish words and dd-mm-yyyy dates need no break inside a word), header rows that repeat
 * on each page, and rows that never split.
 */

/**
 * The overview's columns and widths (twips) on the first page: dates and statuses fit on one
 * line in Calibri and in the wider fonts LibreOffice puts in its place (DejaVu Sans).
 */
export const OVERVIEW_COLUMNS: readonly (readonly [ModelColumn, number])[] = [
  ['order', 560],
  ['title', 2528],
  ['responsible', 1800],
  ['start', 1500],
  ['deadline', 1500],
  ['status', 1750],
];
/** An initiative's block: the label column; the value takes the rest of the line. */
export const BLOCK_LABEL_WIDTH = 2300;
/** Widths of the other tables, in the order of their columns. */
export const TABLE_WIDTHS = {
  checks: [2538, 1350, 1350, 1700, 2700],
  absence: [2538, 1450, 1450, 1700, 2500],
  told: [1350, 6288, 2000],
  communication: [3638, 2000, 2000, 2000],
} as const;

/** A follow-up table under its own heading. */
function modelTable<K extends string>(
  part: ModelTable<K>,
  widths: readonly number[],
): [Paragraph, Table] {
  return [
    heading(part.heading, 2),
    table(
      part.columns.map((c) => c.label),
      part.rows.map((row) => part.columns.map((c) => row[c.id])),
      widths,
    ),
  ];
}

/** Label–value rows, kept on one page when they fit. */
export function fieldBlock(
  fields: readonly (readonly [string, string])[],
  labelWidth = BLOCK_LABEL_WIDTH,
): Table {
  const widths = [labelWidth, TEXT_WIDTH - labelWidth];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: fields.map(([label, value], n) => {
      const keepNext = n < fields.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [
          cell(label, widths[0]!, { header: true, keepNext }),
          cell(value, widths[1]!, { keepNext }),
        ],
      });
    }),
  });
}

/** One initiative: its fields as label–value rows. */
function initiativeBlock(m: PlanPrintModel, row: Record<ModelColumn, string>): Table {
  return fieldBlock(
    m.columns
      .filter((c) => c.id !== 'order' && c.id !== 'title' && row[c.id] !== '')
      .map((c) => [c.label, row[c.id]] as const),
  );
}

/** The handleplan as a Word document model, A4 portrait. */
export function planDocx(m: PlanPrintModel): Document {
  const column = (id: ModelColumn) => m.columns.find((c) => c.id === id)!.label;
  const children: (Paragraph | Table)[] = [title(m.heading), ...m.meta.map(labelled)];
  if (m.goals.length > 0) children.push(heading(m.goalsHeading), ...m.goals.map(bullet));
  if (m.rows.length > 0) {
    children.push(
      heading(m.document.overview),
      table(
        OVERVIEW_COLUMNS.map(([id]) => column(id)),
        m.rows.map((row) => OVERVIEW_COLUMNS.map(([id]) => row[id])),
        OVERVIEW_COLUMNS.map(([, width]) => width),
      ),
      heading(m.document.initiatives, 1, true),
    );
    for (const row of m.rows) {
      children.push(heading(`${row.order}. ${row.title}`, 2), initiativeBlock(m, row));
    }
  }
  children.push(heading(m.absenceHeading), ...m.absence.map(labelled));
  if (m.communication.length > 0) {
    children.push(
      heading(m.communicationHeading),
      table(
        m.communicationColumns.map((c) => c.label),
        m.communication.map((row) => m.communicationColumns.map((c) => row[c.id])),
        TABLE_WIDTHS.communication,
      ),
    );
  }
  const { checks, absence, told } = m.followUp;
  if (checks || absence || told) {
    children.push(
      heading(m.followUp.heading),
      ...(checks ? modelTable(checks, TABLE_WIDTHS.checks) : []),
      ...(absence ? modelTable(absence, TABLE_WIDTHS.absence) : []),
      ...(told ? modelTable(told, TABLE_WIDTHS.told) : []),
    );
  }
  if (m.approval.lines.length > 0) {
    children.push(heading(m.approval.heading), signatureTable(m.approval.header, m.approval.lines));
  }
  return a4Document(m.heading, m.document, children);
}
