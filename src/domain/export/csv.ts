import { followUpTables } from './followUpTables';
import { planPrintModel, type PlanExportInput } from './planRows';

/** Danish Excel reads UTF-8 only with a byte-order mark, and splits on semicolons. */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** A leading quote mark makes Excel show the text instead of running it. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell: neutralised, then quoted (with doubled quotes) when it holds ; " CR or LF. */
export function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** Rows to CSV text with BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((row) => csvLine(row) + CSV_NEWLINE).join('');
}

/**
 * The handleplan as CSV for Excel: title, workplace, date and approval on the first lines,
 * an empty line, then the table with the Kilde column; then, as far as the follow-up has
 * come, its tables (effect checks, absence against the baseline, what staff were told), each
 * after an empty line and a line with its heading.
 */
export function planCsv(input: PlanExportInput): string {
  const model = planPrintModel(input);
  const followUp = followUpTables(model.followUp).flatMap((t) => [
    [],
    [t.heading],
    t.header,
    ...t.rows,
  ]);
  return toCsv([
    [model.title],
    ...model.meta,
    [],
    model.columns.map((c) => c.label),
    ...model.rows.map((row) => model.columns.map((c) => row[c.id])),
    ...followUp,
  ]);
}
