import {
  Document,
  HeadingLevel,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PlanPrintModel } from './planRows';

/*
 * Builds the docx model only; packing it (Packer.toBlob) belongs to the UI, which loads
 * this module lazily. Its only runtime import is 'docx': the caller builds the print
 * model (planPrintModel) first, so nothing else is pulled into the lazy chunk.
 */

/** A cell's text, one paragraph per line. */
function paragraphs(text: string, bold = false): Paragraph[] {
  return text
    .split('\n')
    .map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: bold || undefined })] }),
    );
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      children: cells.map((text) => new TableCell({ children: paragraphs(text, isHeader) })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
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

/** The handleplan as a Word document model, A4 landscape. */
export function planDocx(m: PlanPrintModel): Document {
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: m.title, heading: HeadingLevel.TITLE }),
    ...m.meta.map(labelled),
  ];
  if (m.goals.length > 0) {
    children.push(
      heading(m.goalsHeading),
      ...m.goals.map((goal) => new Paragraph({ text: goal, bullet: { level: 0 } })),
    );
  }
  children.push(
    new Paragraph({}),
    table(
      m.columns.map((c) => c.label),
      m.rows.map((row) => m.columns.map((c) => row[c.id])),
    ),
    heading(m.absenceHeading),
    ...m.absence.map(labelled),
  );
  if (m.communication.length > 0) {
    children.push(
      heading(m.communicationHeading),
      table(
        m.communicationColumns.map((c) => c.label),
        m.communication.map((row) => m.communicationColumns.map((c) => row[c.id])),
      ),
    );
  }
  return new Document({
    title: `${m.title} – ${m.workplace}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children,
      },
    ],
  });
}
