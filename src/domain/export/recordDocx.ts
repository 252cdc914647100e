import type { Document, Paragraph, Table } from 'docx';
import type { DocBlock, DocModel } from './docModel';
import { fieldBlock } from './docx';
import {
  a4Document,
  bullet,
  heading,
  labelled,
  scaleWidths,
  signatureTable,
  table,
  title,
} from './docxParts';

/*
 * Any document model (the APV-dokumentation) as a Word document: A4 portrait, each section
 * under its heading, its blocks in order. Like docx.ts, it imports only 'docx' at run time.
 */

/** The record's labels are longer ("Arbejdsmiljøgruppen (AMG)"): room for them unbroken. */
const RECORD_LABEL_WIDTH = 3000;

function block(b: DocBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'subheading':
      return [heading(b.text, 2)];
    case 'fields':
      return [fieldBlock(b.rows, RECORD_LABEL_WIDTH)];
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
  for (const s of m.sections) children.push(heading(s.heading), ...s.blocks.flatMap(block));
  return a4Document(m.heading, m.page, children);
}
