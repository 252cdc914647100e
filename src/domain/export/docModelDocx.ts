import { Table, TableLayoutType, TableRow, WidthType, type Document, type Paragraph } from 'docx';
import type { DocBlock, DocModel } from './docModel';
import {
  a4Document,
  bullet,
  cell,
  heading,
  labelled,
  scaleWidths,
  signatureTable,
  table,
  TEXT_WIDTH,
  title,
} from './docxParts';

/*
 * A document model (the handleplan, the APV-dokumentation) as a Word document: A4 portrait,
 * each section under its heading, its blocks in order. Its only runtime import is 'docx' (and
 * its own parts): the caller builds the model first, so nothing else is pulled into the lazy
 * chunk.
 */

/** The label column of label–value rows: room for "Arbejdsmiljøgruppen (AMG)" unbroken. */
const LABEL_WIDTH = 3000;

/** Label–value rows, kept on one page with the heading above them when they fit. */
function fieldBlock(fields: readonly (readonly [string, string])[], alert = false): Table {
  const widths = [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: fields.map(([label, value], n) => {
      // What is missing stays with the fields that follow it.
      const keepNext = n < fields.length - 1 || alert;
      return new TableRow({
        cantSplit: true,
        children: [
          cell(label, widths[0]!, { header: true, keepNext }),
          cell(value, widths[1]!, { keepNext, alert }),
        ],
      });
    }),
  });
}

function block(b: DocBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'subheading':
      return [heading(b.text, 2)];
    case 'fields':
      return [fieldBlock(b.rows, b.alert)];
    case 'list':
      return b.items.map(bullet);
    case 'table':
      return [table(b.table.header, b.table.rows, scaleWidths(b.table.widths))];
    case 'signatures':
      return [signatureTable(b.header, b.lines)];
  }
}

export function docModelDocx(m: DocModel): Document {
  const children: (Paragraph | Table)[] = [title(m.heading), ...m.meta.map(labelled)];
  for (const s of m.sections) {
    children.push(heading(s.heading, 1, s.newPage), ...s.blocks.flatMap(block));
  }
  return a4Document(m.heading, m.page, children);
}
