import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apvRecordModel, type RecordSectionId } from './apvRecord';
import { docTexts, type DocBlock, type DocModel, type DocTable } from './docModel';
import { exampleProcess, recordInput, STAGES, type Stage } from './exampleProcess.testHelper';

const model = (stage: Stage) => apvRecordModel(recordInput(stage));
const section = (m: DocModel, id: RecordSectionId) => m.sections.find((s) => s.id === id);
const tables = (blocks: readonly DocBlock[]): DocTable[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
/** The table that follows a subheading in a section. */
function tableAfter(m: DocModel, id: RecordSectionId, heading: string): DocTable {
  const blocks = section(m, id)!.blocks;
  const at = blocks.findIndex((b) => b.kind === 'subheading' && b.text === heading);
  const next = blocks[at + 1];
  if (at < 0 || next?.kind !== 'table') throw new Error(`no table under ${heading}`);
  return next.table;
}
const column = (t: DocTable, name: string) => t.rows.map((r) => r.cells[t.header.indexOf(name)]);

describe('APV-dokumentation: each section only as far as the process has come', () => {
  it.each([
    ['prepared', ['process', 'absence']],
    ['meeting1', ['process', 'mapping', 'absence']],
    ['assessment', ['process', 'mapping', 'assessment', 'absence']],
    ['meeting2', ['process', 'mapping', 'assessment', 'meeting2', 'absence']],
    ['plan', ['process', 'mapping', 'assessment', 'meeting2', 'plan', 'absence']],
    ['followUp', ['process', 'mapping', 'assessment', 'meeting2', 'plan', 'absence', 'followUp']],
  ] as const)('after %s it holds %j', (stage, ids) => {
    const m = model(stage);
    expect(m.sections.map((s) => s.id)).toEqual(ids);
    expect(m.heading).toBe('APV-dokumentation: Børnehuset Solsikken');
    expect(m.meta).toEqual([
      ['Arbejdsplads', 'Børnehuset Solsikken'],
      ['Dato', '01-12-2029'],
    ]);
  });

  it('a new process has no sections until something is recorded', () => {
    const p = { ...exampleProcess('prepared'), people: { ...exampleProcess('prepared').people } };
    const fresh = apvRecordModel({
      ...recordInput('prepared'),
      process: {
        ...p,
        people: {
          participants: null,
          departments: [],
          moedeleder: '',
          moedeassistenter: [],
          amg: [],
        },
        meetings: { dialogmoede1: '', vurderingsmoede: '', dialogmoede2: '', handleplanmoede: '' },
        absence: { baseline: { from: '', to: '', plannedWorkdays: null, daysLost: null } },
      },
    });
    expect(fresh.sections).toEqual([]);
  });

  it('the process: who took part, who led, the AMG, when each meeting was planned and held', () => {
    const s = section(model('meeting1'), 'process')!;
    expect(s.blocks[0]).toEqual({
      kind: 'fields',
      rows: [
        ['Inviterede', '34'],
        ['Afdelinger', 'Vuggestuen (12), Børnehaven (16), Køkken og administration (6)'],
        ['Mødeleder', 'Lene Østergaard'],
        ['Mødeassistenter', 'Karim Haddad, Sofie Bræmer'],
        ['AMG', 'Lene Østergaard, Jens Ågaard (arbejdsmiljørepræsentant), Mette Kjær (leder)'],
      ],
    });
    const meetings = tableAfter(model('meeting1'), 'process', 'Møderne');
    expect(meetings.rows[0]!.cells).toEqual([
      '1. dialogmøde',
      '12-01-2027 13:00',
      expect.stringMatching(/^12-01-2027 /),
      '31',
    ]);
    expect(column(meetings, 'Møde')).toEqual([
      '1. dialogmøde',
      'Vurderingsmøde',
      '2. dialogmøde',
      'Handleplanmøde',
    ]);
  });

  it('the mapping: strengths, and the bruttoliste with its marks, the selection and duplicates struck', () => {
    const m = model('meeting1');
    const s = section(m, 'mapping')!;
    expect(s.blocks[1]).toMatchObject({ kind: 'list' });
    expect((s.blocks[1] as { items: string[] }).items[0]).toMatch(/ \(gruppe 1\)$/);
    const list = tableAfter(m, 'mapping', 'Bruttolisten');
    const standing = list.rows.filter((r) => !r.struck);
    const struck = list.rows.filter((r) => r.struck);
    // 30 wishes; 8 duplicate sets fold 21 of them into 8 rows: 17 stand, 13 are struck.
    expect(standing).toHaveLength(17);
    expect(struck).toHaveLength(13);
    const w01 = standing.find((r) => r.cells[1] === 'Faste tider til forberedelse uden børn')!;
    expect(w01.cells).toEqual([
      '1',
      'Faste tider til forberedelse uden børn',
      '1, 2, 4',
      '21',
      'Ja',
      '',
    ]);
    // Its duplicates follow it, struck, each naming the row it was merged into.
    const at = list.rows.indexOf(w01);
    expect(list.rows.slice(at + 1, at + 3).map((r) => [r.struck, r.cells[5]])).toEqual([
      [true, 'Dublet af nr. 1'],
      [true, 'Dublet af nr. 1'],
    ]);
    // The selection: the pre-selected five are marked, no more.
    expect(column(list, 'Valgt').filter((v) => v === 'Ja')).toHaveLength(5);
    // Marks add up: every mark of the room is on the list once.
    const total = standing.reduce((n, r) => n + Number(r.cells[3]), 0);
    expect(total).toBe(sumOfMarks());
  });

  it('the mapping says how many marks came from phones and how many from paper, once phones took part', () => {
    const fields = (m: DocModel) =>
      section(m, 'mapping')!.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
    expect(fields(model('meeting1'))).toEqual([]);
    const m = apvRecordModel(withPhoneMarks([4, 3]));
    expect(fields(m)).toEqual([
      ['Fra telefoner', '7'],
      ['Fra papir', String(sumOfMarks())],
    ]);
  });

  it('phone and paper marks add up to the marks on the list, whatever the phones placed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }),
        (deltas) => {
          const m = apvRecordModel(withPhoneMarks(deltas));
          const rows = section(m, 'mapping')!.blocks.flatMap((b) =>
            b.kind === 'fields' ? b.rows : [],
          );
          const [phones, paper] = rows.map(([, value]) => Number(value));
          const standing = tableAfter(m, 'mapping', 'Bruttolisten').rows.filter((r) => !r.struck);
          expect(phones).toBe(deltas.reduce((a, b) => a + b, 0));
          expect((phones ?? 0) + (paper ?? 0)).toBe(
            standing.reduce((n, r) => n + Number(r.cells[3]), 0),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('meeting 2: the interest count holds the phones beside the hands', () => {
    const input = recordInput('meeting2');
    const m2 = input.process.meeting2;
    const wishId = m2.groupChoices[0]!.wishIds[0]!;
    const hands = m2.interestCounts.find((c) => c.wishId === wishId)?.count ?? 0;
    const process = {
      ...input.process,
      meeting2: { ...m2, phoneInterest: [{ wishId, count: 5 }] },
    };
    const text = input.process.wishes.wishes.find((w) => w.id === wishId)!.text;
    const blocks = section(apvRecordModel({ ...input, process }), 'meeting2')!.blocks;
    const rows = blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
    expect(rows).toContainEqual([text, String(hands + 5)]);
  });

  it('the assessment: decisions with reasons, the discussion and the themes', () => {
    const m = model('assessment');
    const decisions = tableAfter(m, 'assessment', 'Beslutninger');
    const row = decisions.rows.find((r) => r.cells[2] === 'Ikke nu')!;
    expect(row.cells[3]).toBe('Afventer ny bus i 2028');
    expect(
      decisions.rows.find((r) => r.cells[0] === 'Faste tider til forberedelse uden børn')!.cells,
    ).toEqual([
      'Faste tider til forberedelse uden børn',
      '21',
      'Arbejdes der med',
      'Kan skemalægges fra næste vagtplan',
    ]);
    const texts = docTexts(m);
    expect(texts).toContain('Budgettet til akustik kommer i 2028.');
    expect(
      texts.some((t) => t.startsWith('Tid og ro til kerneopgaven: Faste tider til forberedelse')),
    ).toBe(true);
  });

  it('meeting 2: the groups’ choices and every proposal with its origin', () => {
    const m = model('meeting2');
    const proposals = tableAfter(m, 'meeting2', 'Forslag til handling');
    expect(proposals.rows).toHaveLength(exampleProcess('meeting2').meeting2.proposals.length);
    const origins = new Set(column(proposals, 'Fra'));
    expect(origins).toContain('gruppe 3');
    expect(origins).toContain('»Vi«');
    expect(origins).toContain('»Leder«');
    expect(docTexts(m).some((t) => /^Gruppe 1: /.test(t))).toBe(true);
  });

  it('the plan: goals, one block per initiative with its Kilde, and who approved with lines to sign', () => {
    const m = model('plan');
    const blocks = section(m, 'plan')!.blocks;
    const titles = exampleProcess('plan').plan.initiatives.map((x, n) => `${n + 1}. ${x.title}`);
    const subheadings = blocks.flatMap((b) => (b.kind === 'subheading' ? [b.text] : []));
    expect(subheadings).toEqual(['Mål', ...titles, 'Godkendelse']);
    const first = blocks.find((b) => b.kind === 'fields')!;
    const kilde = (first as { rows: [string, string][] }).rows.find(([l]) => l === 'Kilde')![1];
    expect(kilde).toContain('Arbejdes der med: Kan skemalægges fra næste vagtplan');
    expect(kilde).toContain('(»Leder«)');
    expect(blocks.at(-1)).toEqual({
      kind: 'signatures',
      header: ['Rolle', 'Navn', 'Dato', 'Underskrift'],
      lines: [
        { role: 'Ledelsen', name: 'Mette Kjær, Daglig leder', date: '18-02-2027' },
        { role: 'AMR', name: 'Jens Ågaard, Pædagog', date: '18-02-2027' },
      ],
    });
    expect(docTexts(m)).toContain('18-02-2027');
  });

  it('sickness absence: the baseline, then each later measurement against it', () => {
    expect(tables(section(model('plan'), 'absence')!.blocks)).toEqual([]);
    const m = model('followUp');
    const s = section(m, 'absence')!;
    expect(s.blocks[0]).toMatchObject({ kind: 'fields' });
    const t = tables(s.blocks)[0]!;
    expect(column(t, 'Fraværsprocent')).toEqual(['5,5 %', '4,9 %', '4,4 %']);
  });

  it('the follow-up: status history, effect checks, what staff were told, who carries it', () => {
    const m = model('followUp');
    const history = tableAfter(m, 'followUp', 'Status undervejs');
    expect(history.rows.map((r) => r.cells)).toEqual([
      ['01-03-2027', '1. Fast forberedelsestid', 'I gang', 'Vagtplanen er lavet om'],
      ['31-05-2027', `4. ${exampleProcess('plan').plan.initiatives[3]!.title}`, 'Færdig', ''],
    ]);
    const texts = docTexts(m);
    for (const check of exampleProcess('followUp').followUp.checks)
      expect(texts).toContain(check.note);
    expect(texts).toContain('Handleplanen fremlagt; hvem gør hvad og hvornår');
    expect(texts).toContain('Karim Haddad – Trivselsagent – Samler op hver måned');
  });

  it('every table row has as many cells as the table has columns and widths, at every stage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STAGES), (stage) => {
        for (const s of model(stage).sections) {
          for (const t of tables(s.blocks)) {
            expect(t.widths).toHaveLength(t.header.length);
            for (const r of t.rows) expect(r.cells).toHaveLength(t.header.length);
          }
        }
      }),
    );
  });
});

/** The meeting-1 example with phone marks added on its first listed wishes. */
function withPhoneMarks(deltas: readonly number[]) {
  const input = recordInput('meeting1');
  const { wishes } = input.process;
  const listed = wishes.wishes.filter((w) => w.removedAt === null && w.mergedInto === null);
  const marks = deltas.map((delta, i) => ({
    id: `pm.${i}`,
    wishId: listed[i % listed.length]!.id,
    delta,
    at: '2029-03-01T10:00:00.000Z',
    source: 'phone' as const,
  }));
  return {
    ...input,
    process: { ...input.process, wishes: { ...wishes, marks: [...wishes.marks, ...marks] } },
  };
}

function sumOfMarks(): number {
  const p = exampleProcess('meeting1');
  return p.wishes.marks.reduce((n, m) => n + m.delta, 0);
}
