/*
 * The shared model of a paged document: a title, label–value lines at the top, then sections
 * of blocks. Each renderer (Word, the print view that becomes the PDF, Markdown) lays the same
 * model out in its own format, so all show the same texts in the same order.
 */

/** One table row; `struck` marks a row that is kept for the record but no longer stands. */
export interface DocRow {
  cells: string[];
  struck?: boolean;
}

/** A table with its column headings and relative column widths (any unit; they are scaled). */
export interface DocTable {
  header: string[];
  widths: number[];
  rows: DocRow[];
}

/** Someone who approved, with a line to sign on paper. */
export interface SignatureLine {
  /** Their role, e.g. "Ledelsen". */
  role: string;
  /** Their name, with their position when known. */
  name: string;
  /** The day they approved, 'dd-mm-yyyy', or ''. */
  date: string;
}

export type DocBlock =
  | { kind: 'subheading'; text: string }
  | {
      kind: 'fields';
      rows: [string, string][];
      /** What is missing, in an incomplete plan exported anyway: shown so that it stands out. */
      alert?: boolean;
    }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: DocTable }
  | {
      kind: 'signatures';
      /** Column headings: role, name, date, signature. */
      header: [string, string, string, string];
      lines: SignatureLine[];
    };

export interface DocSection {
  id: string;
  heading: string;
  blocks: DocBlock[];
  /** Starts on a new page in the paged documents (Word, print). */
  newPage?: boolean;
}

export interface DocModel {
  /** The document's title with the workplace, e.g. "APV-dokumentation: Børnehuset Solsikken". */
  heading: string;
  meta: [string, string][];
  sections: DocSection[];
  /** The footer's "Side 2 af 5": the words before and between the numbers. */
  page: { page: string; of: string };
}

/** A text's lines: every renderer breaks at LF, CR LF and a lone CR alike. */
export const textLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Label–value rows with the empty values left out. */
export function filledFields(rows: [string, string][]): DocBlock[] {
  const filled = rows.filter(([, value]) => value.trim() !== '');
  return filled.length > 0 ? [{ kind: 'fields', rows: filled }] : [];
}

/** A table block, or nothing when it has no rows. */
export function tableBlock(
  header: string[],
  widths: number[],
  rows: DocRow[],
  subheading?: string,
): DocBlock[] {
  if (rows.length === 0) return [];
  return [
    ...(subheading ? [{ kind: 'subheading' as const, text: subheading }] : []),
    { kind: 'table', table: { header, widths, rows } },
  ];
}

/** Every text the model holds, in document order: for tests and for searching a document. */
export function docTexts(m: DocModel): string[] {
  const out: string[] = [m.heading, ...m.meta.flat()];
  for (const s of m.sections) {
    out.push(s.heading);
    for (const b of s.blocks) {
      if (b.kind === 'subheading') out.push(b.text);
      else if (b.kind === 'fields') out.push(...b.rows.flat());
      else if (b.kind === 'list') out.push(...b.items);
      else if (b.kind === 'table')
        out.push(...b.table.header, ...b.table.rows.flatMap((r) => r.cells));
      else out.push(...b.header, ...b.lines.flatMap((l) => [l.role, l.name, l.date]));
    }
  }
  return out;
}

export const subheading = (text: string): DocBlock => ({ kind: 'subheading', text });

/** A list under its subheading, or nothing when it is empty. */
export function listBlock(items: string[], heading?: string): DocBlock[] {
  if (items.length === 0) return [];
  return [...(heading ? [subheading(heading)] : []), { kind: 'list', items }];
}
