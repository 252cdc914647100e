import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleFollowUp, examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import { csvCell, neutraliseFormula, planCsv, toCsv } from './csv';
import { parseCsv } from './csvParse.testHelper';
import { exampleApprovals } from './exampleProcess.testHelper';
import { exampleExportInput as input } from './exportInput.testHelper';

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

  it('guards a sign only where a formula follows it', () => {
    for (const harmless of ['+45 2233 4455', '-Alle', '- Alle i huset', '-5,5 %', '+ mere ro']) {
      expect(neutraliseFormula(harmless), harmless).toBe(harmless);
    }
    for (const hostile of [
      '+HYPERLINK("http://x")',
      "-2+3+cmd|' /C calc'!A0",
      '+A1',
      '-$B$2*2',
      '+1&"x"',
      '-Sheet1!A1',
    ]) {
      expect(neutraliseFormula(hostile), hostile).toBe(`'${hostile}`);
    }
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
    // The Kilde carries what the screen shows: marks, the assessment, each proposal's origin.
    expect(first.Kilde).toMatch(
      /^Ønsker: ».+« \(gr\. 1, 2, 4; 21 streger; Arbejdes der med: Kan skemalægges[^)]*\) · Forslag: /,
    );
    expect(first.Kilde).toContain('(gruppe 1)');
    expect(first.Kilde).toContain('(»Vi«)');
    expect(first.Kilde).toContain('(»Leder«)');
    expect(rows).toHaveLength(6 + plan.initiatives.length);
  });

  it('keeps one type per column: each follow-up date in its own column, the method beside them', () => {
    const plan = examplePlan();
    const rows = parseCsv(planCsv(input(plan)));
    const header = rows[5]!;
    const most = Math.max(...plan.initiatives.map((i) => i.followUpDates.length));
    const dateColumns = header.flatMap((h, n) => (h.startsWith('Opfølgningsdato ') ? [n] : []));
    expect(dateColumns.map((n) => header[n])).toEqual(
      Array.from({ length: most }, (_, k) => `Opfølgningsdato ${k + 1}`),
    );
    expect(header[dateColumns.at(-1)! + 1]).toBe('Hvordan effekten tjekkes');
    const body = rows.slice(6, 6 + plan.initiatives.length);
    for (const n of [...dateColumns, header.indexOf('Start'), header.indexOf('Frist')]) {
      for (const row of body) expect(row[n]).toMatch(/^(\d{2}-\d{2}-\d{4})?$/);
    }
    for (const row of body) expect(row).toHaveLength(header.length);
  });

  it('neutralises a hostile title and keeps a semicolon inside its cell', () => {
    const plan = examplePlan();
    plan.initiatives[0] = { ...plan.initiatives[0]!, title: '=HYPERLINK("x";"y")' };
    const rows = parseCsv(planCsv(input(plan)));
    expect(rows[6]![1]).toBe('\'=HYPERLINK("x";"y")');
    expect(rows[6]).toHaveLength(rows[5]!.length);
  });

  it('adds the follow-up as sections under the plan, each with its heading and header row', () => {
    const plan = examplePlan();
    const rows = parseCsv(planCsv(input(plan, exampleFollowUp())));
    const after = (heading: string) => rows.slice(rows.findIndex((r) => r[0] === heading));
    const planEnd = 6 + plan.initiatives.length;
    expect(rows[planEnd]).toEqual(['']);
    expect(rows[planEnd + 1]).toEqual(['Tjek af effekten']);
    const checks = after('Tjek af effekten');
    expect(checks[1]).toEqual(['Indsats', 'Planlagt', 'Holdt', 'Virker det?', 'Note']);
    expect(checks[2]!.slice(0, 4)).toEqual([
      '1. Fast forberedelsestid',
      '01-06-2027',
      '03-06-2027',
      'Delvist',
    ]);
    expect(checks[5]).toEqual(['']);
    const absence = after('Sygefravær efter planens start');
    expect(absence.slice(1, 5)).toEqual([
      [
        'Periode',
        'Planlagte arbejdsdage',
        'Tabte arbejdsdage',
        'Fraværsprocent',
        'Forskel fra udgangspunktet',
      ],
      ['Udgangspunkt\n01-01-2026 – 31-12-2026', '7480', '412', '5,5 %', ''],
      [
        '01-01-2027 – 30-06-2027\nBegyndte før planen',
        '3720',
        '181',
        '4,9 %',
        '0,6 procentpoint under',
      ],
      ['01-07-2027 – 31-12-2027', '3760', '164', '4,4 %', '1,1 procentpoint under'],
    ]);
    const told = after('Hvad personalet har fået at vide');
    expect(told[1]).toEqual(['Dato', 'Hvad blev fortalt', 'Hvordan']);
    expect(told[2]).toEqual([
      '22-02-2027',
      'Handleplanen fremlagt; hvem gør hvad og hvornår',
      'Personalemøde',
    ]);
    expect(told).toHaveLength(4);
  });

  it('ends with who approved: role, name and date', () => {
    const plan = { ...examplePlan(), approvals: exampleApprovals() };
    const rows = parseCsv(planCsv(input(plan, exampleFollowUp())));
    const at = rows.findIndex((r) => r[0] === 'Godkendelse');
    expect(rows[at - 1]).toEqual(['']);
    expect(rows.slice(at + 1)).toEqual([
      ['Rolle', 'Navn', 'Dato'],
      ['Ledelsen', 'Mette Kjær, Daglig leder', '18-02-2027'],
      ['AMR', 'Jens Ågaard, Pædagog', '18-02-2027'],
    ]);
  });

  it('neutralises a hostile note in the follow-up', () => {
    const followUp = exampleFollowUp();
    followUp.checks[0] = { ...followUp.checks[0]!, note: '=cmd|"/c calc"!A1' };
    followUp.communicationLog[0] = { ...followUp.communicationLog[0]!, what: '@SUM(1;2)' };
    const rows = parseCsv(planCsv(input(examplePlan(), followUp)));
    expect(rows.flat()).toContain('\'=cmd|"/c calc"!A1');
    expect(rows.flat()).toContain("'@SUM(1;2)");
  });
});
