import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { createProcess, downloadText, open, waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { exampleWorkplace } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { parseCsv } from './helpers/csv';

/*
 * The example workplace through three years of follow-up, and every document it hands out
 * or keeps, opened the way its readers open them: the Word files unzipped and rendered by
 * LibreOffice, the PDFs (Chromium's print) read as text, the CSV parsed, the calendars read
 * by ical.js. The first pages are rendered to PNG under test-results/documents/ to look at.
 */

const fx = exampleWorkplace();
interface Raw {
  strengths: { group: number; items: string[] }[];
  wishes: { id: string; group: number; text: string }[];
  duplicates: string[][];
  marks: Record<string, number>;
  themes: { heading: string; wishes: string[] }[];
  assessment: { wish: string; decision: string; note: string }[];
  meeting2: {
    groupsOfFour: { group: number; wish: string; proposals: string[] }[];
    interestGroups: { wish: string; we: string[]; leader: string[]; partners: string[] }[];
  };
  initiatives: {
    title: string;
    fromWishes: string[];
    how: string;
    responsible: string;
    start: string;
    deadline: string;
    followUp: string[];
    success: string;
  }[];
  absenceFollowUps: { period: string; plannedWorkdays: number; daysLost: number }[];
  effectChecks: {
    initiative: number;
    planned: string;
    held: string;
    verdict: string;
    note: string;
  }[];
  staffInformed: { date: string; what: string; channel: string }[];
  approvals: { name: string; role: string; title: string; date: string }[];
}
const raw = fx.raw as unknown as Raw;
const AT = '2027-01-12T12:00:00.000Z';
const OUT = 'test-results/documents';

/** Two more years of follow-up beyond the fixture: absence measured each half year, staff told. */
const LATER_ABSENCE = [
  { period: '2028-01-01/2028-12-31', plannedWorkdays: 7500, daysLost: 315 },
  { period: '2029-01-01/2029-10-31', plannedWorkdays: 6300, daysLost: 252 },
];
const LATER_TOLD = [
  { date: '2028-03-01', what: 'Et år efter: ny måling af sygefraværet', channel: 'staffMeeting' },
  { date: '2029-11-15', what: 'Tre år efter: revision af APV’en forberedes', channel: 'email' },
];
/** A wish of 297 characters, words and all. */
const LONG_WISH = 'w28';
const longText = (start: string) => `${start} ${'og så videre med mere '.repeat(20)}`.slice(0, 297);
const allAbsence = () => [...raw.absenceFollowUps, ...LATER_ABSENCE];
const allTold = () => [...raw.staffInformed, ...LATER_TOLD];

function sections() {
  const mergedInto = new Map(
    raw.duplicates.flatMap(([target, ...rest]) => rest.map((id) => [id, target!])),
  );
  const proposals = [
    ...raw.meeting2.groupsOfFour.flatMap((g) =>
      g.proposals.map((text, n) => ({
        id: `g${g.group}-${n + 1}`,
        wishId: g.wish,
        text,
        origin: { step: 'groupOfFour', group: g.group },
      })),
    ),
    ...raw.meeting2.interestGroups.flatMap((ig) =>
      (['we', 'leader', 'partners'] as const).flatMap((heading) =>
        ig[heading].map((text, n) => ({
          id: `${ig.wish}-${heading}-${n + 1}`,
          wishId: ig.wish,
          text,
          origin: { step: 'interestGroup', heading },
        })),
      ),
    ),
  ];
  const initiatives = raw.initiatives.map((i, n) => ({
    id: `init-${n + 1}`,
    title: i.title,
    how: i.how,
    sourceWishIds: i.fromWishes,
    sourceProposalIds: proposals.filter((p) => i.fromWishes.includes(p.wishId)).map((p) => p.id),
    problem: {
      kind: 'Psykisk arbejdsmiljø',
      severity: 'Middel',
      extent: 'Hele huset, dagligt',
      causes: 'Travlhed',
    },
    priority: 'high',
    start: i.start,
    deadline: i.deadline,
    responsible: i.responsible,
    participants: 'AMG',
    success: i.success,
    followUpDates: i.followUp,
    followUpMethod: 'Spørgsmål på personalemøde',
    status: n === 3 ? 'done' : 'inProgress',
    statusNote: '',
  }));
  const figures = (m: { period: string; plannedWorkdays: number; daysLost: number }) => {
    const [from, to] = m.period.split('/');
    return { from, to, plannedWorkdays: m.plannedWorkdays, daysLost: m.daysLost };
  };
  return {
    wishes: {
      strengths: raw.strengths.flatMap((s) =>
        s.items.map((text, n) => ({ id: `s${s.group}-${n}`, text, group: s.group, createdAt: AT })),
      ),
      wishes: raw.wishes.map((w) => ({
        ...w,
        // One wish as long as a wish may be: it must wrap, in lists and in selects.
        text: w.id === LONG_WISH ? longText(w.text) : w.text,
        createdAt: AT,
        mergedInto: mergedInto.get(w.id) ?? null,
        removedAt: null,
      })),
      merges: raw.duplicates.map(([targetId, ...sourceIds]) => ({
        id: `merge-${targetId}`,
        targetId,
        sourceIds,
        previousText: raw.wishes.find((w) => w.id === targetId)!.text,
        at: AT,
      })),
      marks: Object.entries(raw.marks)
        .filter(([, n]) => n > 0)
        .map(([wishId, delta]) => ({ id: `mark-${wishId}`, wishId, delta, at: AT })),
      selection: { target: 5, overrides: [], preliminary: false },
      assessments: raw.assessment.map((a) =>
        a.decision === 'not-now'
          ? { wishId: a.wish, note: '', decision: 'notNow', reason: a.note }
          : { wishId: a.wish, note: a.note, decision: a.decision, reason: '' },
      ),
      themes: raw.themes.map((t, i) => ({ id: `theme-${i}`, name: t.heading, wishIds: t.wishes })),
    },
    meeting2: {
      groupChoices: raw.meeting2.groupsOfFour.map((g) => ({ group: g.group, wishIds: [g.wish] })),
      interestCounts: [],
      proposals,
      joins: [],
    },
    plan: {
      goals: [
        {
          id: 'goal-1',
          text: 'Mere ro og tid til kerneopgaven i 2027',
          checklist: Object.fromEntries(
            [
              'positive',
              'specific',
              'measurable',
              'attractive',
              'ownResponsibility',
              'realistic',
              'timeBound',
              'ecological',
            ].map((c) => [c, true]),
          ),
        },
      ],
      initiatives,
      absenceConsiderations: 'Målet er under 5 % inden for to år.',
      communication: [
        {
          id: 'c1',
          what: 'Handleplanen fremlægges',
          audience: 'Alle',
          when: 'Februar 2027',
          channel: 'staffMeeting',
        },
      ],
      approvalDate: '2027-02-18',
      approvals: raw.approvals.map((a, n) => ({ id: `approval-${n + 1}`, ...a })),
    },
    followUp: {
      statusLog: [
        {
          id: 'log-1',
          initiativeId: 'init-1',
          status: 'inProgress',
          note: 'Vagtplanen er lavet om',
          at: '2027-03-01T08:00:00.000Z',
        },
        {
          id: 'log-2',
          initiativeId: 'init-4',
          status: 'done',
          note: '',
          at: '2027-05-31T10:00:00.000Z',
        },
      ],
      checks: raw.effectChecks.map((c, n) => ({
        id: `check-${n + 1}`,
        initiativeId: `init-${c.initiative}`,
        plannedDate: c.planned,
        heldOn: c.held,
        verdict: c.verdict,
        note: c.note,
      })),
      communicationLog: allTold().map((e, n) => ({ id: `told-${n + 1}`, ...e })),
      team: [
        { id: 't1', name: 'Karim Haddad', kind: 'trivselsagenter', role: 'Samler op hver måned' },
      ],
      absenceMeasurements: allAbsence().map((m, n) => ({
        id: `abs-${n + 1}`,
        figures: figures(m),
      })),
    },
  };
}

type Sections = ReturnType<typeof sections>;

async function seedProcess(page: Page, edit: (s: Sections) => void = () => {}): Promise<string> {
  const id = await createProcess(page, fx.workplace);
  const stored = (await readStoredProcess<Record<string, unknown>>(page, id))!;
  const s = sections();
  edit(s);
  const wishes = { ...(stored.wishes as Record<string, unknown>), ...s.wishes };
  await writeRecord(page, processKey(id), {
    ...stored,
    people: {
      participants: fx.participants,
      departments: fx.departments.map((d, n) => ({ id: `dep-${n}`, ...d })),
      moedeleder: fx.moedeleder,
      moedeassistenter: fx.moedeassistenter.map((name, n) => ({ id: `ma-${n}`, name })),
      amg: fx.amg.map((name, n) => ({ id: `amg-${n}`, name })),
    },
    meetings: fx.meetings,
    absence: { baseline: fx.absence },
    wishes,
    meeting2: s.meeting2,
    plan: s.plan,
    followUp: s.followUp,
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: fx.workplace })).toBeVisible();
  return id;
}

const docxText = async (path: string) => {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('\n')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
};
/** A PDF's text in reading order, with the line breaks of wrapped cells as spaces. */
const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');

/** LibreOffice renders the .docx to PDF; pdftoppm draws its first pages as PNG. */
function renderPages(path: string, name: string, pages = 2): string {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  let pdf = path;
  if (path.endsWith('.docx')) {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, path], {
      timeout: 120_000,
    });
    pdf = join(
      dir,
      path
        .split('/')
        .at(-1)!
        .replace(/\.docx$/, '.pdf'),
    );
  }
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    String(pages),
    pdf,
    join(dir, 'page'),
  ]);
  return pdf;
}

async function save(page: Page, action: () => Promise<unknown>, name: string) {
  const file = await downloadText(page, action);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  writeFileSync(path, readFileSync(file.path));
  return { path, text: file.text, suggested: file.download.suggestedFilename() };
}

/**
 * Every effect check, absence figure, thing told and approver is in the text, whole. A PDF's
 * text breaks a wrapped cell's lines where the page did, so there spaces are left out of both.
 */
function expectFollowUp(text: string, pdf = false) {
  const flat = pdf ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ');
  const has = (t: string) => expect(flat).toContain(pdf ? t.replace(/\s+/g, '') : t);
  for (const c of raw.effectChecks) has(c.note);
  for (const pct of ['5,5 %', '4,9 %', '4,4 %', '4,2 %', '4,0 %']) has(pct);
  for (const t of allTold()) has(t.what);
  for (const a of raw.approvals) has(a.name);
}

/** Dates as Danish readers write them (dd-mm-yyyy), never as stored (yyyy-mm-dd). */
function expectDanishDates(text: string) {
  expect(text).toMatch(/\b\d{2}-\d{2}-\d{4}\b/);
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
}

/** Every page of a PDF printed by Chromium ends with "Side X af Y" (the @page footer). */
function expectPageNumbers(path: string) {
  const pages = execFileSync('pdftotext', ['-layout', path, '-']).toString().split('\f');
  const printed = pages.filter((p) => p.trim() !== '');
  expect(printed.length).toBeGreaterThan(1);
  for (const [n, text] of printed.entries()) {
    expect(text.trim().split('\n').at(-1)!.trim()).toBe(`Side ${n + 1} af ${printed.length}`);
  }
}

test('the documents after three years of follow-up: Word, PDF, CSV, Markdown, calendars', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(new Date('2029-12-01T10:00:00+01:00'));
  const id = await seedProcess(page);
  await open(page, `/#/proces/${id}/handleplan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Handleplan' })).toBeVisible();
  await expect(page).toHaveTitle(`Handleplan – ${fx.workplace} – APV Dialog`);
  // Nothing widens the page, the 297-character wish in meeting 2's selects included.
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: join(OUT, 'plan-page-390.png'), fullPage: false });
  await page.setViewportSize({ width: 1366, height: 768 });
  // Who approved, and the exports, as they look (and no axe findings on the page).
  const approval = page.locator('section[aria-labelledby="plan-approval"]');
  await expect(approval.getByRole('group', { name: 'Godkender 1' }).getByLabel('Navn')).toHaveValue(
    raw.approvals[0]!.name,
  );
  await approval.screenshot({ path: join(OUT, 'plan-approval.png') });
  await page.locator('section[aria-labelledby="plan-exports"]').screenshot({
    path: join(OUT, 'plan-exports.png'),
  });
  await expectNoAxeViolations(page);

  // The plan in Word: names, figures and signature lines; rendered by LibreOffice.
  const planDocx = await save(
    page,
    () => page.getByRole('button', { name: 'Hent som Word (.docx)' }).click(),
    'handleplan.docx',
  );
  const planWord = await docxText(planDocx.path);
  expect(planWord.split('\n')[0]).toBe(`Handleplan: ${fx.workplace}`);
  expectFollowUp(planWord);
  expect(planWord).toContain('Underskrift');
  const planWordPdf = pdfText(renderPages(planDocx.path, 'handleplan-docx'));
  expect(planWordPdf).toMatch(/Side 1 af \d+/);
  expectFollowUp(planWordPdf, true);

  // CSV: parsed; the follow-up's sections; no guard on harmless text; one type per column.
  const csv = await save(
    page,
    () => page.getByRole('button', { name: 'Hent som CSV til Excel' }).click(),
    'handleplan.csv',
  );
  const rows = parseCsv(csv.text);
  const header = rows.find((r) => r[0] === 'Nr.')!;
  expect(header).toContain('Opfølgningsdato 1');
  expect(header).toContain('Hvordan effekten tjekkes');
  const flat = rows.flat().join('\n');
  expectFollowUp(flat.replace(/\n/g, ' '));
  expect(flat).not.toMatch(/^'[^=@]/m);

  // Markdown: rendered text holds the follow-up.
  const md = await save(
    page,
    () => page.getByRole('button', { name: 'Hent som Markdown' }).click(),
    'handleplan.md',
  );
  expect(md.text).toMatch(/^# Handleplan: /);
  expectFollowUp(md.text);

  // The plan's calendar, read by ical.js: one all-day event per date, each with a reminder.
  const ics = await save(
    page,
    () => page.getByRole('button', { name: /til kalenderen/ }).click(),
    'handleplan.ics',
  );
  for (const line of ics.text.split('\r\n'))
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const cal = new ICAL.Component(ICAL.parse(ics.text));
  const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  expect(events).toHaveLength(raw.initiatives.reduce((n, i) => n + 1 + i.followUp.length, 0));
  for (const e of events) {
    expect(e.summary).toContain(fx.workplace);
    expect(e.component.getFirstSubcomponent('valarm')).not.toBeNull();
  }

  // The APV-dokumentation in Word.
  const recordDocx = await save(
    page,
    () => page.getByRole('button', { name: 'Hent APV-dokumentationen som Word (.docx)' }).click(),
    'apv-dokumentation.docx',
  );
  expect(recordDocx.suggested).toMatch(/^apv-dokumentation-.+\.docx$/);
  const recordWord = await docxText(recordDocx.path);
  expect(recordWord.split('\n')[0]).toBe(`APV-dokumentation: ${fx.workplace}`);
  for (const heading of [
    'Processen',
    'Kortlægning: 1. dialogmøde',
    'Vurdering: vurderingsmødet',
    'Forslag: 2. dialogmøde',
    'Handleplan',
    'Sygefravær',
    'Opfølgning',
  ]) {
    expect(recordWord).toContain(heading);
  }
  expect(recordWord).toContain('Afventer ny bus i 2028');
  expect(recordWord).toContain('»Leder«');
  expect(recordWord).toContain('Dublet af nr. 1');
  expect(recordWord).toContain(fx.moedeleder);
  expectFollowUp(recordWord);
  renderPages(recordDocx.path, 'apv-dokumentation-docx', 3);

  // The APV-dokumentation printed to PDF by Chromium, from the same model.
  await page.getByRole('link', { name: 'Udskriv APV-dokumentationen eller gem som PDF' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `APV-dokumentation: ${fx.workplace}`,
  );
  await expect(page).toHaveTitle(`APV-dokumentation – ${fx.workplace} – APV Dialog`);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  mkdirSync(OUT, { recursive: true });
  const recordPdf = join(OUT, 'apv-dokumentation.pdf');
  await page.pdf({ path: recordPdf, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const recordPdfText = pdfText(recordPdf);
  expectPageNumbers(recordPdf);
  expectDanishDates(recordPdfText);
  // The bruttoliste runs over pages: its header row starts the next page again.
  const recordPages = execFileSync('pdftotext', [recordPdf, '-']).toString().split('\f');
  expect(recordPages.slice(1).some((p) => /^\s*Nr\.\s+Ønske\b/.test(p))).toBe(true);
  expect(recordPdfText).toContain('Afventer ny bus i 2028');
  expectFollowUp(recordPdfText, true);
  renderPages(recordPdf, 'apv-dokumentation-pdf', 3);

  // The plan printed to PDF.
  await open(page, `/#/proces/${id}/handleplan/udskrift`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Handleplan: ${fx.workplace}`);
  await page.emulateMedia({ media: 'print' });
  // Nothing runs past the page: the Kilde column is whole.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const planPdf = join(OUT, 'handleplan.pdf');
  await page.pdf({ path: planPdf, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const planPdfText = pdfText(planPdf);
  expectPageNumbers(planPdf);
  expectDanishDates(planPdfText);
  expectFollowUp(planPdfText, true);
  // The summary first, then a block for each initiative with its Kilde.
  expect(planPdfText.indexOf('Indsatserne kort')).toBeLessThan(planPdfText.indexOf('Kilde'));
  for (const [n, i] of raw.initiatives.entries())
    expect(planPdfText).toContain(`${n + 1}. ${i.title}`);
  renderPages(planPdf, 'handleplan-pdf', 3);

  // The meetings' calendar: Copenhagen time with its VTIMEZONE, read by ical.js.
  await open(page, `/#/proces/${id}/forberedelse`);
  const meetings = await save(
    page,
    () => page.getByRole('button', { name: 'Hent møderne som kalenderfil (.ics)' }).click(),
    'moeder.ics',
  );
  expect(meetings.text).toContain('BEGIN:VTIMEZONE');
  const mcal = new ICAL.Component(ICAL.parse(meetings.text));
  const zone = new ICAL.Timezone(mcal.getFirstSubcomponent('vtimezone')!);
  const first = new ICAL.Event(mcal.getFirstSubcomponent('vevent')!);
  expect(first.summary).toBe(`1. dialogmøde – ${fx.workplace}`);
  const start = first.startDate.clone();
  start.zone = zone;
  expect(start.toJSDate().toISOString()).toBe(new Date(fx.raw.meetings.dialogmoede1).toISOString());
  await waitForSaved(page);
});

/** 5,000 characters of words, and an end that shows whether anything was cut. */
const LONG_TEXT =
  'Beskrivelse med mange ord, æøå og »citater«; '.repeat(120).slice(0, 4984) + ' SLUT PÅ TEKSTEN';
/** 300 characters with nowhere to break: an address pasted in. */
const UNBROKEN = `https://intranet.example/${'x'.repeat(260)}/slut-paa-adressen`.slice(0, 300);
const MARKUP = '<img src=x onerror="window.__pwned=1"> <b>fed</b> *stjerne*';

/** Every element of the printed document fits its box: nothing runs past the page or is cut. */
async function expectNothingOverflows(page: Page) {
  const overflowing = await page.evaluate(() => {
    const root = document.documentElement;
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth}`);
    const boxes = document.querySelectorAll('.doc-print, .doc-print *');
    for (const el of boxes) {
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
  expect(overflowing).toEqual([]);
}

test('bad input: the print views and their PDFs hold hostile and very long texts, laid out', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(new Date('2029-12-01T10:00:00+01:00'));
  const id = await seedProcess(page, (s) => {
    const [first, second, third] = s.plan.initiatives as [
      Sections['plan']['initiatives'][number],
      Sections['plan']['initiatives'][number],
      Sections['plan']['initiatives'][number],
    ];
    Object.assign(first, { how: LONG_TEXT, title: UNBROKEN, responsible: '💡 Ida 👩‍👩‍👧 Ågaard' });
    Object.assign(second, { title: MARKUP, success: '=HYPERLINK("x";"y")\r\n+45 2233 4455' });
    Object.assign(third, { statusNote: '-Alle; @SUM(1;2)\tfane', responsible: UNBROKEN });
    s.followUp.checks[0]!.note = `${MARKUP}\n${UNBROKEN}`;
    s.followUp.communicationLog[0]!.what = LONG_TEXT;
    s.plan.approvals[0]!.name = UNBROKEN;
    s.wishes.wishes[0]!.text = UNBROKEN;
    // One initiative without anyone responsible: the plan is incomplete.
    s.plan.initiatives[3]!.responsible = '';
  });
  const compact = (t: string) => t.replace(/\s+/g, '');
  for (const [path, name] of [
    [`/#/proces/${id}/handleplan/udskrift`, 'bad-input-handleplan'],
    [`/#/proces/${id}/apv-dokumentation`, 'bad-input-apv-dokumentation'],
  ] as const) {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(fx.workplace);
    // On screen too, on a laptop and a phone: the page never gets wider than the window.
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expectNothingOverflows(page);
      await page.screenshot({ path: join(OUT, `${name}-${width}.png`) });
      await page
        .locator('.print-table')
        .first()
        .screenshot({ path: join(OUT, `${name}-${width}-table.png`) });
    }
    // The text is shown as text: no element was made from it and nothing ran.
    await expect(page.locator('.doc-print img, .doc-print b')).toHaveCount(0);
    await expect(page.locator('.doc-print').getByText(MARKUP).first()).toBeVisible();
    // Laid out at the width of an A4 page's text (180 mm), as printed.
    await page.setViewportSize({ width: 680, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await expectNothingOverflows(page);
    const pdf = join(OUT, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expectPageNumbers(pdf);
    // Nothing cut: the end of the long text and the whole unbroken address are in the PDF.
    const text = compact(execFileSync('pdftotext', [pdf, '-']).toString());
    expect(text).toContain(compact(LONG_TEXT.slice(-200)));
    expect(text).toContain(compact(UNBROKEN));
    renderPages(pdf, name, 3);
  }

  // Printed anyway, incomplete: what is missing stands first in the initiative's block.
  await open(page, `/#/proces/${id}/handleplan/udskrift?mangler=1`);
  const missing = page.locator('.doc-fields.alert');
  await expect(missing).toHaveCount(1);
  const fourth = page.getByRole('heading', { level: 3, name: /^4\. / });
  await expect(fourth.locator('+ dl.alert')).toBeVisible();
  await fourth.evaluate((h) => h.scrollIntoView());
  const top = (await fourth.boundingBox())!;
  const block = (await fourth.locator('+ dl + dl').boundingBox())!;
  await page.screenshot({
    path: join(OUT, 'bad-input-missing.png'),
    clip: { x: top.x, y: top.y, width: block.width, height: block.y + block.height - top.y },
  });
});
