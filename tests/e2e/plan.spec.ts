import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import {
  createProcess,
  downloadText,
  fillAndCommit,
  open,
  reloadWhenSaved,
  waitForSaved,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { exampleWorkplace } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { parseCsv } from './helpers/csv';

const fx = exampleWorkplace();
const raw = fx.raw as unknown as {
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
};
/** A name that tests every export's escaping: quotes, a semicolon, æøå and a leading "=". */
const NAME = `=${fx.workplace} "Nord"; æøå`;
const AT = '2027-01-20T10:00:00.000Z';

/** Meeting 1 and the assessment, as the wishes section stores them, built from the fixture. */
function wishesSection() {
  const mergedInto = new Map<string, string>();
  for (const [target, ...rest] of raw.duplicates)
    for (const id of rest) mergedInto.set(id, target!);
  const text = (id: string) => raw.wishes.find((w) => w.id === id)!.text;
  return {
    strengths: [],
    wishes: raw.wishes.map((w) => ({
      id: w.id,
      text: w.text,
      group: w.group,
      createdAt: AT,
      mergedInto: mergedInto.get(w.id) ?? null,
      removedAt: null,
    })),
    merges: raw.duplicates.map(([target, ...rest]) => ({
      id: `merge-${target}`,
      targetId: target,
      sourceIds: rest,
      previousText: text(target!),
      at: AT,
    })),
    marks: Object.entries(raw.marks)
      .filter(([, n]) => n > 0)
      .map(([wishId, n]) => ({ id: `mark-${wishId}`, wishId, delta: n, at: AT })),
    selection: { target: 5, overrides: [], preliminary: false },
    assessments: raw.assessment.map((a) => ({
      wishId: a.wish,
      note: a.note,
      decision: a.decision === 'not-now' ? 'notNow' : a.decision,
      reason: '',
    })),
    analysisNotes: {},
    themes: raw.themes.map((t, i) => ({ id: `theme-${i}`, name: t.heading, wishIds: t.wishes })),
  };
}

async function seedProcess(page: Page): Promise<string> {
  const id = await createProcess(page, NAME);
  const stored = (await readStoredProcess<Record<string, unknown>>(page, id))!;
  const wishes = { ...(stored.wishes as Record<string, unknown>), ...wishesSection() };
  (wishes as { analysisNotes: unknown }).analysisNotes = (
    stored.wishes as { analysisNotes: unknown }
  ).analysisNotes;
  await writeRecord(page, processKey(id), {
    ...stored,
    wishes,
    absence: { baseline: fx.absence },
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  return id;
}

const initiativeCard = (page: Page, n: number): Locator =>
  page.locator('article.initiative').nth(n);

async function fillInitiative(
  page: Page,
  n: number,
  data: (typeof raw.initiatives)[number],
  skipResponsible: boolean,
) {
  const card = initiativeCard(page, n);
  await fillAndCommit(card.getByLabel('Hvad gøres, og hvordan?'), data.how);
  await fillAndCommit(card.getByLabel('Problemets art'), 'Psykisk arbejdsmiljø');
  await fillAndCommit(card.getByLabel('Hvor alvorligt er det?'), 'Middel');
  await fillAndCommit(card.getByLabel('Omfang – hvor mange og hvor ofte?'), 'Hele huset, dagligt');
  await fillAndCommit(card.getByLabel('Årsager'), 'Travlhed; "for lidt tid"');
  await fillAndCommit(card.getByLabel('Startdato'), data.start);
  await fillAndCommit(card.getByLabel('Frist'), data.deadline);
  if (!skipResponsible) await fillAndCommit(card.getByLabel('Ansvarlig'), data.responsible);
  await fillAndCommit(
    card.getByLabel('Succeskriterium – hvordan ved vi, at det virker?'),
    data.success,
  );
  for (const date of data.followUp) {
    await card.getByLabel('Ny opfølgningsdato').fill(date);
    await card.getByRole('button', { name: 'Tilføj dato' }).click();
  }
  await fillAndCommit(
    card.getByLabel('Hvordan tjekker vi effekten?'),
    'Spørgsmål på personalemøde',
  );
  await card.getByText(/^Vælg kilder/).click();
  for (const wish of data.fromWishes) {
    const text = raw.wishes.find((w) => w.id === wish)!.text;
    await card.getByRole('checkbox', { name: new RegExp(`^${escapeRe(text)} – `) }).check();
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('meeting 2, the handleplan, its exports, and the follow-up', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(new Date('2027-05-25T09:00:00+02:00'));
  const id = await seedProcess(page);
  await open(page, `/#/proces/${id}/handleplan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Handleplan' })).toBeVisible();

  // Meeting 2, step 1: two groups of 4 choose a wish and write 3 proposals each (Enter adds the next).
  const m2 = page.locator('section[aria-labelledby="plan-meeting2"]');
  for (const g of raw.meeting2.groupsOfFour.slice(0, 2)) {
    const text = raw.wishes.find((w) => w.id === g.wish)!.text;
    await m2.getByLabel('Gruppenummer').fill(String(g.group));
    const label = await m2
      .locator('.m2-new-group select option', { hasText: text })
      .first()
      .textContent();
    await m2.locator('.m2-new-group select').selectOption({ label: label! });
    const group = m2.getByRole('group', { name: `Gruppe ${g.group}` });
    const input = group.getByLabel('Nyt forslag');
    for (const p of g.proposals) {
      await input.fill(p);
      await input.press('Enter');
    }
    await expect(group.locator('.m2-item')).toHaveCount(3);
  }
  // Step 2: one interest-group proposal under the leader heading.
  const ig = raw.meeting2.interestGroups[0]!;
  const leader = m2
    .getByRole('group', { name: 'LEDEREN: hvad kan lederen gøre på en ny måde?' })
    .first();
  await leader.getByLabel('Nyt forslag').fill(ig.leader[0]!);
  await leader.getByLabel('Nyt forslag').press('Enter');
  // Step 3: join two proposals by theme.
  const g1 = raw.meeting2.groupsOfFour[0]!;
  await m2.getByRole('checkbox', { name: new RegExp(escapeRe(g1.proposals[0]!)) }).check();
  await m2.getByRole('checkbox', { name: new RegExp(escapeRe(g1.proposals[2]!)) }).check();
  await m2.getByLabel('Tema', { exact: true }).fill('Forberedelse');
  await m2.getByLabel('Fælles formulering', { exact: true }).fill('Forberedelse i vagtplanen');
  await m2.getByRole('button', { name: 'Saml de valgte forslag' }).click();
  await expect(m2.getByRole('group', { name: 'Samlede forslag' })).toBeVisible();

  // A goal with its checklist.
  await page.getByLabel('Nyt mål').fill('Mere ro og tid til kerneopgaven');
  await page.getByRole('button', { name: 'Tilføj mål' }).click();
  await page.getByRole('checkbox', { name: /Formuleret positivt/ }).check();

  // Five initiatives from the fixture; the last one without a responsible person.
  for (const [n, data] of raw.initiatives.entries()) {
    await page.getByLabel('Titel på ny indsats').fill(data.title);
    await page.getByLabel('Titel på ny indsats').press('Enter');
    await expect(initiativeCard(page, n)).toBeVisible();
    await fillInitiative(page, n, data, n === 4);
  }
  await expect(page.locator('article.initiative')).toHaveCount(5);

  // A refused edit: deadline before start.
  const first = initiativeCard(page, 0);
  await fillAndCommit(first.getByLabel('Frist'), '2027-01-01');
  await expect(
    first.getByText('Fristen ligger før startdatoen. Ret en af datoerne.'),
  ).toBeVisible();
  await fillAndCommit(first.getByLabel('Frist'), raw.initiatives[0]!.deadline);
  await expect(first.getByText(/Fristen ligger før/)).toHaveCount(0);
  // Kilde shows the wish with its groups and marks, and the assessment note.
  const kilde = first.getByRole('region', { name: 'Kilde' });
  await expect(kilde).toContainText(raw.wishes.find((w) => w.id === 'w01')!.text);
  await expect(kilde).toContainText(`${raw.marks.w01} streger`);
  await expect(kilde).toContainText(raw.assessment[0]!.note);

  await fillAndCommit(page.getByLabel('Overvejelser og mål om sygefravær'), 'Under 4 % inden 2028');
  await page.getByLabel('Hvad fortælles?').fill('Planen fremlægges');
  await page.getByRole('button', { name: 'Tilføj linje' }).click();
  await fillAndCommit(page.getByLabel('Dato for AMG’s og ledelsens godkendelse'), '2027-02-18');
  await waitForSaved(page);

  // The completeness check names the one gap left.
  const panel = page.getByTestId('completeness');
  await expect(
    panel.getByRole('heading', { name: `Indsats 5: ${raw.initiatives[4]!.title}` }),
  ).toBeVisible();
  await expect(panel.getByText('Ansvarlig mangler')).toBeVisible();
  await expect(panel.getByText('Godkendelsesdato mangler')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Export anyway: a confirm, and the CSV marks the gap.
  await page.getByRole('button', { name: 'Hent som CSV til Excel' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Du kan eksportere alligevel');
  const marked = await downloadText(page, () =>
    dialog.getByRole('button', { name: 'Eksportér med markerede mangler' }).click(),
  );
  const markedRows = parseCsv(marked.text);
  const markedHeader = markedRows.find((r) => r[0] === 'Nr.')!;
  expect(markedHeader.at(-1)).toBe('Mangler');
  expect(markedRows.find((r) => r[0] === '5')!.at(-1)).toBe('Ansvarlig');

  // Fix the gap via the panel's link to the field.
  await panel.getByRole('button', { name: 'Ansvarlig mangler – gå til feltet' }).click();
  const responsible = initiativeCard(page, 4).getByLabel('Ansvarlig');
  await expect(responsible).toBeFocused();
  await fillAndCommit(responsible, raw.initiatives[4]!.responsible);
  await expect(panel.getByText('Planen indeholder det, den skal.')).toBeVisible();
  await waitForSaved(page);

  // CSV: BOM, semicolons, the workplace name safe, the Kilde column.
  const csv = await downloadText(page, () =>
    page.getByRole('button', { name: 'Hent som CSV til Excel' }).click(),
  );
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(csv.text);
  expect(rows[1]).toEqual(['Arbejdsplads', `'${NAME}`]);
  expect(rows[2]![0]).toBe('Dato');
  const header = rows.find((r) => r[0] === 'Nr.')!;
  expect(header).toContain('Kilde');
  expect(header).not.toContain('Mangler');
  const body = rows.slice(rows.indexOf(header) + 1);
  expect(body).toHaveLength(5);
  expect(body.map((r) => r[1])).toEqual(raw.initiatives.map((i) => i.title));
  expect(body[0]![header.indexOf('Kilde')]).toContain(`${raw.marks.w01} streger`);
  expect(body[0]![header.indexOf('Problem')]).toContain('Årsager: Travlhed; "for lidt tid"');

  // Word: unzip and read word/document.xml.
  const docx = await downloadText(page, () =>
    page.getByRole('button', { name: 'Hent som Word (.docx)' }).click(),
  );
  const zip = await JSZip.loadAsync(await readFile(docx.path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const wordText = xml.replace(/<[^>]+>/g, ' ');
  for (const i of raw.initiatives) expect(wordText).toContain(i.title.replace(/&/g, '&amp;'));
  expect(wordText).toContain('Kilde');
  expect(wordText).toContain(NAME.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));

  // Markdown.
  const md = await downloadText(page, () =>
    page.getByRole('button', { name: 'Hent som Markdown' }).click(),
  );
  expect(md.text).toMatch(/^# Handleplan/);
  expect(md.text).toContain('| Nr. |');
  expect(md.text).toContain('Kilde');
  expect(md.text.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(5);

  // Calendar: one VEVENT per deadline and follow-up date.
  const ics = await downloadText(page, () =>
    page.getByRole('button', { name: /til kalenderen/ }).click(),
  );
  const expected = raw.initiatives.reduce((n, i) => n + 1 + i.followUp.length, 0);
  expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(expected);
  expect(ics.text).toContain('END:VCALENDAR');

  // Print view: the summary first (one line per initiative), looked at as printed.
  await page.getByRole('link', { name: 'Udskriv eller gem som PDF' }).click();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeVisible();
  await expect(page.locator('.print-table tbody tr').first()).toContainText(
    raw.initiatives[0]!.title,
  );
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/plan-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Reload: everything is still there; then follow-up.
  await reloadWhenSaved(page);
  await open(page, `/#/proces/${id}/opfoelgning`);
  await expect(page.getByRole('heading', { level: 1, name: 'Opfølgning' })).toBeVisible();
  const board = page.locator('section[aria-labelledby="followup-board"]');
  const firstTitle = raw.initiatives[0]!.title;
  const control = board.getByRole('group', { name: `Status for »${firstTitle}«` });
  await control.getByLabel('Status', { exact: true }).selectOption('inProgress');
  await control.getByLabel('Note til status').fill('Vagtplanen er lavet om');
  await control.getByRole('button', { name: 'Gem status' }).click();
  await expect(board.locator('.status-inProgress')).toContainText(firstTitle);
  // Dropping needs a note.
  const last = board.getByRole('group', { name: `Status for »${raw.initiatives[4]!.title}«` });
  await last.getByLabel('Status', { exact: true }).selectOption('dropped');
  await last.getByRole('button', { name: 'Gem status' }).click();
  await expect(last.getByRole('alert')).toHaveText('Skriv hvorfor, når en indsats droppes.');
  await expect(page.getByRole('table').first()).toContainText('Vagtplanen er lavet om');

  // Due follow-ups (the clock is after the first follow-up date).
  const due = page.getByTestId('due-follow-ups');
  await expect(due).toContainText(`Opfølgning: ${firstTitle}`);
  const check = page.getByRole('group', { name: new RegExp(`^${escapeRe(firstTitle)}: Planlagt`) });
  await check.getByLabel('Virker det?').selectOption('partly');
  await check.getByRole('button', { name: 'Gem tjek' }).click();
  await expect(check).toContainText('Delvist');

  await page.getByLabel('Hvad blev fortalt?').fill('Status på personalemødet');
  await page.getByRole('button', { name: 'Gem i loggen' }).click();
  await expect(page.locator('section[aria-labelledby="followup-told"]')).toContainText(
    'Status på personalemødet',
  );
  const team = page.locator('section[aria-labelledby="followup-team"]');
  await team.locator('.inline-form').getByLabel('Navn').fill('Åse Ørum');
  await team.locator('.inline-form').getByLabel('Rolle').fill('Samler status hver måned');
  await team.getByRole('button', { name: 'Tilføj person' }).click();
  await expect(team.getByRole('group', { name: 'Åse Ørum' })).toBeVisible();

  for (const m of raw.absenceFollowUps) {
    const [from, to] = m.period.split('/');
    await page.getByLabel('Periode fra').fill(from!);
    await page.getByLabel('Periode til').fill(to!);
    await page.getByLabel('Planlagte arbejdsdage').fill(String(m.plannedWorkdays));
    await page.getByLabel('Tabte arbejdsdage').fill(String(m.daysLost));
    await page.getByRole('button', { name: 'Gem måling' }).click();
  }
  const absence = page.getByTestId('absence-table');
  await expect(absence.locator('tbody tr')).toHaveCount(1 + raw.absenceFollowUps.length);
  await expect(page.locator('.absence-chart svg title')).toHaveText('Fraværsprocent over tid');
  await expect(page.getByTestId('revision-due')).toContainText('18. februar 2030');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screenshots/followup.png', fullPage: true });

  // The dashboard lists what is due.
  await reloadWhenSaved(page);
  await open(page, `/#/proces/${id}`);
  await expect(page.getByTestId('due-follow-ups')).toContainText('Opfølgning, der venter');
  await expectNoAxeViolations(page);
});
