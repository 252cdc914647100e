import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
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
import { textLines } from './docModel';

/*
 * The building blocks every Word document of the app shares: A4 portrait with 2 cm margins,
 * fixed-width tables whose header rows repeat on each page and whose rows never split, and
 * the footer "Side X af Y". Only 'docx' is imported, so the lazy chunk holds nothing else.
 */

/** A4 portrait and 2 cm margins, in twips (1/20 pt). */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Table text in half-points (10 pt), the rest of the text at Word's default. */
export const TABLE_TEXT_SIZE = 20;

const HEADER_FILL = 'E8EBF2';
/** Room inside each cell (twips), so that text does not touch the borders. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 } as const;
/** A row to sign on: tall enough for a hand-written signature (twips). */
const SIGNATURE_ROW_HEIGHT = 800;

interface CellStyle {
  header?: boolean;
  keepNext?: boolean;
  /** Struck through: kept for the record, no longer standing (a merged duplicate). */
  strike?: boolean;
  /** Bold and dark red: what is missing in a plan exported anyway. */
  alert?: boolean;
}

const ALERT_COLOUR = '8A1010';

/** A cell's text, one paragraph per line. */
function paragraphs(text: string, style: CellStyle): Paragraph[] {
  return textLines(text).map(
    (line) =>
      new Paragraph({
        keepNext: style.keepNext || undefined,
        children: [
          new TextRun({
            text: line,
            bold: style.header || style.alert || undefined,
            strike: style.strike || undefined,
            color: style.alert ? ALERT_COLOUR : undefined,
            size: TABLE_TEXT_SIZE,
          }),
        ],
      }),
  );
}

export function cell(text: string, width: number, style: CellStyle = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    shading: style.header
      ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' }
      : undefined,
    children: paragraphs(text, style),
  });
}

/** Relative widths scaled to whole twips that sum to the text width. */
export function scaleWidths(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A row of a table: cells of fixed widths, never split across pages. */
function row(cells: string[], widths: readonly number[], style: CellStyle = {}): TableRow {
  return new TableRow({
    tableHeader: style.header || undefined,
    cantSplit: true,
    children: cells.map((text, n) => cell(text, widths[n]!, { ...style, keepNext: style.header })),
  });
}

export interface TableRowInput {
  cells: string[];
  struck?: boolean;
}

/** A table of fixed widths (twips): the header row repeats on every page, no row splits. */
export function table(
  header: string[],
  rows: readonly (string[] | TableRowInput)[],
  widths: readonly number[],
): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [
      row(header, widths, { header: true }),
      ...rows.map((r) =>
        Array.isArray(r) ? row(r, widths) : row(r.cells, widths, { strike: r.struck }),
      ),
    ],
  });
}

/** Lines to sign on: role, name, date, and an empty, tall cell for the signature. */
export function signatureTable(
  header: readonly [string, string, string, string],
  lines: readonly { role: string; name: string; date: string }[],
): Table {
  const widths = scaleWidths([24, 30, 14, 32]);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row([...header], widths, { header: true }),
      ...lines.map(
        (l) =>
          new TableRow({
            cantSplit: true,
            height: { value: SIGNATURE_ROW_HEIGHT, rule: HeightRule.ATLEAST },
            children: [l.role, l.name, l.date, ''].map((text, n) => cell(text, widths[n]!)),
          }),
      ),
    ],
  });
}

/** A text's lines as runs, each after a line break: no CR or LF is left inside a run. */
const lineRuns = (text: string, bold?: boolean) =>
  textLines(text).map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }));

/** "Label: value", the value's lines kept as line breaks. */
export const labelled = ([label, value]: readonly [string, string]) =>
  new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), ...lineRuns(value)],
  });

export const heading = (text: string, level: 1 | 2 = 1, pageBreakBefore = false) =>
  new Paragraph({
    children: lineRuns(text),
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: { before: level === 1 ? 320 : 240, after: 100 },
    pageBreakBefore: pageBreakBefore || undefined,
  });

export const title = (text: string) =>
  new Paragraph({ children: lineRuns(text), heading: HeadingLevel.TITLE });

export const bullet = (text: string) =>
  new Paragraph({ children: lineRuns(text), bullet: { level: 0 } });

/** "Side 2 af 5", right-aligned. */
function pageFooter(words: { page: string; of: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${words.page} `, size: 18 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
          new TextRun({ text: ` ${words.of} `, size: 18 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

/** An A4 portrait document with the page footer. */
export function a4Document(
  documentTitle: string,
  footer: { page: string; of: string },
  children: (Paragraph | Table)[],
): Document {
  return new Document({
    title: documentTitle,
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
        footers: { default: pageFooter(footer) },
        children,
      },
    ],
  });
}
