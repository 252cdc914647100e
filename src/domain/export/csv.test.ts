import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import { CSV_BOM, csvCell, neutraliseFormula, planCsv, toCsv } from './csv';
import { exampleExportInput as input } from './exportInput.testHelper';

/** Test-only RFC 4180 reader for ';' and CRLF, strict about what it accepts. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 1;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        expect([';', '\r']).toContain(text[i]);
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      expect(cell).toBe('');
      quoted = true;
      i++;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r') {
      expect(text[i + 1]).toBe('\n');
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      expect(c).not.toBe('\n');
      cell += c;
      i++;
    }
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV cells', () => {
  it('keeps Danish letters and plain text as they are', () => {
    expect(csvCell('Ærø, øl og å')).toBe('Ærø, øl og å');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('sagde "hej"')).toBe('"sagde ""hej"""');
    expect(csvCell('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j', (start) => {
    const text = `${start}SUM(A1:A9)`;
    expect(neutraliseFormula(text)).toBe(`'${text}`);
    const [[cell]] = parseCsv(toCsv([[text]])) as [[string]];
    expect(cell).toBe(`'${text}`);
  });

  it('leaves a formula character later in the text alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('01-03-2027')).toBe('01-03-2027');
  });

  it('round-trips any text through a parser as the neutralised text', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'æ',
        'ø',
        'Å',
        ';',
        '"',
        '\r',
        '\n',
        '\t',
        '=',
        '+',
        '-',
        '@',
        ' ',
        "'",
      ),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          expect(parsed).toEqual(rows.map((r) => r.map(neutraliseFormula)));
        },
      ),
    );
  });

  it('round-trips full Unicode text too', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1 }), (row) => {
        expect(parseCsv(toCsv([row]))).toEqual([row.map(neutraliseFormula)]);
      }),
    );
  });
});

describe('the handleplan as CSV', () => {
  it('starts with a BOM, the title, workplace and date, then a table with the Kilde column', () => {
    const rows = parseCsv(planCsv(input()));
    expect(rows[0]).toEqual(['Handleplan']);
    expect(rows[1]).toEqual(['Arbejdsplads', workplaceName]);
    expect(rows[2]).toEqual(['Dato', '05-03-2027']);
    expect(rows[3]).toEqual(['Godkendt', '18-02-2027']);
    expect(rows[4]).toEqual(['']);
    const header = rows[5]!;
    expect(header.at(-1)).toBe('Kilde');
    const first = Object.fromEntries(header.map((h, n) => [h, rows[6]![n]]));
    const plan = examplePlan();
    expect(first.Indsats).toBe(plan.initiatives[0]!.title);
    expect(first.Start).toBe('01-03-2027');
    expect(first.Frist).toBe('01-04-2027');
    expect(first.Kilde).toMatch(/^Ønsker: ".+" \(gr\. 1, 2, 4; 21 streger\) · Forslag: /);
    expect(rows).toHaveLength(6 + plan.initiatives.length);
  });

  it('neutralises a hostile title and keeps a semicolon inside its cell', () => {
    const plan = examplePlan();
    plan.initiatives[0] = { ...plan.initiatives[0]!, title: '=HYPERLINK("x";"y")' };
    const rows = parseCsv(planCsv(input(plan)));
    expect(rows[6]![1]).toBe('\'=HYPERLINK("x";"y")');
    expect(rows[6]).toHaveLength(rows[5]!.length);
  });
});
