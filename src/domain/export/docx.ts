import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ModelTable } from './followUpTables';
import type { ModelColumn, PlanPrintModel } from './planRows';

/*
 * Builds the docx model only; packing it (Packer.toBlob) belongs to the UI, which loads
 * this module lazily. Its only runtime import is 'docx': the caller builds the print
 * model (planPrintModel) first, so nothing else is pulled into the lazy chunk.
 *
 * A4 portrait for staff to read: a first page with the goals and the initiatives one line
 * each (who and when), then one block per initiative instead of a 13-column table, then
 * sickness absence, the communication plan and the follow-up so far. Every table has fixed column
 * widths that fit the page (sized so that Danish words and dd-mm-yyyy dates need no break
 * inside a word), header rows that repeat on each page, and rows that never split.
 */

/** A4 portrait and 2 cm margins, in twips (1/20 pt). */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Table text in half-points (10 pt), the rest of the text at Word's default. */
export const TABLE_TEXT_SIZE = 20;

/** The overview's columns and widths (twips) on the first page. */
export const OVERVIEW_COLUMNS: readonly (readonly [ModelColumn, number])[] = [
  ['order', 560],
  ['title', 3128],
  ['responsible', 1900],
  ['start', 1350],
  ['deadline', 1350],
  ['status', 1350],
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

const HEADER_FILL = 'E8EBF2';
/** Room inside each cell (twips), so that text does not touch the borders. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 } as const;

/** A cell's text, one paragraph per line. */
function paragraphs(text: string, bold: boolean, keepNext: boolean): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        keepNext: keepNext || undefined,
        children: [new TextRun({ text: line, bold: bold || undefined, size: TABLE_TEXT_SIZE })],
      }),
  );
}

function cell(text: string, width: number, header: boolean, keepNext = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    children: paragraphs(text, header, keepNext),
  });
}

/** A table of fixed widths: the header row repeats on every page, no row splits. */
function table(header: string[], rows: string[][], widths: readonly number[]): Table {
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader || undefined,
      cantSplit: true,
      children: cells.map((text, n) => cell(text, widths[n]!, isHeader, isHeader)),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

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

/** One initiative: its fields as label–value rows, kept on one page when it fits. */
function initiativeBlock(m: PlanPrintModel, row: Record<ModelColumn, string>): Table {
  const fields = m.columns.filter((c) => c.id !== 'order' && c.id !== 'title' && row[c.id] !== '');
  const widths = [BLOCK_LABEL_WIDTH, TEXT_WIDTH - BLOCK_LABEL_WIDTH];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: fields.map(
      (c, n) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(c.label, widths[0]!, true, n < fields.length - 1),
            cell(row[c.id], widths[1]!, false, n < fields.length - 1),
          ],
        }),
    ),
  });
}

/** "Label: value", the value's lines kept as line breaks. */
const labelled = ([label, value]: [string, string]) =>
  new Paragraph({
    children: [
      new TextRun({ text: `${label}: `, bold: true }),
      ...value.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
    ],
  });

const heading = (text: string, level: 1 | 2 = 1, pageBreakBefore = false) =>
  new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: { before: level === 1 ? 320 : 240, after: 100 },
    pageBreakBefore: pageBreakBefore || undefined,
  });

/** "Side 2 af 5", right-aligned. */
function pageFooter(m: PlanPrintModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${m.document.page} `, size: 18 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
          new TextRun({ text: ` ${m.document.of} `, size: 18 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

/** The handleplan as a Word document model, A4 portrait. */
export function planDocx(m: PlanPrintModel): Document {
  const column = (id: ModelColumn) => m.columns.find((c) => c.id === id)!.label;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: m.heading, heading: HeadingLevel.TITLE }),
    ...m.meta.map(labelled),
  ];
  if (m.goals.length > 0) {
    children.push(
      heading(m.goalsHeading),
      ...m.goals.map((goal) => new Paragraph({ text: goal, bullet: { level: 0 } })),
    );
  }
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
  return new Document({
    title: m.heading,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: { default: pageFooter(m) },
        children,
      },
    ],
  });
}
