import { followUpTables, type TextTable } from './followUpTables';
import { formatExportDate } from './format';
import { planPrintModel, type PlanExportInput, type PlanPrintModel } from './planRows';

/** Danish Excel reads UTF-8 only with a byte-order mark, and splits on semicolons. */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** A cell starting with one of these is always read as a formula or a command (CSV injection). */
const ALWAYS_FORMULA = /^[=@\t\r]/;
/** A leading sign makes a formula only with something a formula has after it. */
const SIGN = /^[+-]/;
/**
 * What only a formula holds: a call `NAME(`, a reference to another sheet or program (`!`,
 * `|`), a cell reference such as A1 or $B$2, quotes, or an operator other than a sign. A
 * phone number ("+45 2233 4455") or a dash before a word ("-Alle") has none of them.
 */
const FORMULA_BODY = /[(!|"=&^*/<>]|\$?[A-Za-z]{1,3}\$?\d/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** True when a spreadsheet would run the cell as a formula. */
export function wouldBeFormula(text: string): boolean {
  return ALWAYS_FORMULA.test(text) || (SIGN.test(text) && FORMULA_BODY.test(text.slice(1)));
}

/** A leading quote mark makes Excel show the text instead of running it; only where needed. */
export function neutraliseFormula(text: string): string {
  return wouldBeFormula(text) ? `'${text}` : text;
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
 * The plan's table with one type per column: the follow-up's dates each in a column of
 * their own ("Opfølgningsdato 1", "2", …: a date or empty), then how the effect is checked.
 */
function planTable(input: PlanExportInput, model: PlanPrintModel) {
  const dates = input.plan.initiatives.map((i) => i.followUpDates.map(formatExportDate));
  const most = Math.max(1, ...dates.map((d) => d.length));
  const n = Array.from({ length: most }, (_, k) => k);
  const csv = input.labels.csv;
  const header = model.columns.flatMap((c) =>
    c.id === 'followUp'
      ? [...n.map((k) => `${csv.followUpDate} ${k + 1}`), csv.followUpMethod]
      : [c.label],
  );
  const rows = model.rows.map((row, r) =>
    model.columns.flatMap((c) =>
      c.id === 'followUp'
        ? [...n.map((k) => dates[r]?.[k] ?? ''), input.plan.initiatives[r]?.followUpMethod ?? '']
        : [row[c.id]],
    ),
  );
  return { header, rows };
}

/** Who approved: role, name and date (the signature column is for paper only). */
function approvalTable(model: PlanPrintModel): TextTable[] {
  const a = model.approval;
  if (a.lines.length === 0) return [];
  return [
    {
      heading: a.heading,
      header: a.header.slice(0, 3),
      rows: a.lines.map((l) => [l.role, l.name, l.date]),
    },
  ];
}

/**
 * The handleplan as CSV for Excel: title, workplace, date and approval on the first lines,
 * an empty line, then the table with the Kilde column; then, as far as the follow-up has
 * come, its tables (effect checks, absence against the baseline, what staff were told) and
 * who approved, each after an empty line and a line with its heading.
 */
export function planCsv(input: PlanExportInput): string {
  const model = planPrintModel(input);
  const { header, rows } = planTable(input, model);
  const tables = [...followUpTables(model.followUp), ...approvalTable(model)].flatMap((t) => [
    [],
    [t.heading],
    t.header,
    ...t.rows,
  ]);
  return toCsv([[model.title], ...model.meta, [], header, ...rows, ...tables]);
}
