import { expect, test, type Page } from '@playwright/test';
import {
  createProcess,
  downloadText,
  fillAndCommit,
  listedProcessNames,
  open,
  processRow,
  reloadWhenSaved,
  routes,
  waitForApp,
  waitForSaved,
} from './helpers/app';
import { exampleWorkplace, MEETING_KEYS, upcomingMeetings } from './helpers/fixture';
import { readStoredProcess } from './helpers/idb';
import {
  ABSENCE_LABELS,
  EXAMPLE_ANSWERS,
  MEETING_LABELS,
  PEOPLE_LABELS,
  QUESTION_LABELS,
  departmentGroup,
  fillPreparation,
  meetingInput,
  moedelederInput,
  participantsInput,
  personGroup,
  planMeetings,
  question,
  type QuestionId,
} from './helpers/preparation';

const fixture = exampleWorkplace();

interface StoredProcess {
  name: string;
  people: {
    participants: number | null;
    departments: { name: string; headcount: number }[];
    moedeleder: string;
    moedeassistenter: { name: string }[];
    amg: { name: string }[];
  };
  meetings: Record<string, string>;
  preparation: { answers: Record<QuestionId, string>; seriousProblems: string };
  absence: { baseline: { from: string; to: string; plannedWorkdays: number; daysLost: number } };
}

const stored = async (page: Page, id: string) => {
  await waitForSaved(page);
  return readStoredProcess<StoredProcess>(page, id);
};

const meetingsSection = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'Mødeplan' }) });

/** Checks every preparation field against the example workplace. */
async function expectPreparationShown(page: Page) {
  for (const [id, text] of Object.entries(EXAMPLE_ANSWERS) as [QuestionId, string][]) {
    await expect(question(page, id)).toHaveValue(text);
  }
  await expect(page.getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
  await expect(page.getByTestId('suitability-warning')).toBeVisible();
  await expect(participantsInput(page)).toHaveValue(String(fixture.participants));
  const departments = departmentGroup(page).getByRole('listitem');
  await expect(departments).toHaveCount(fixture.departments.length);
  for (const [i, d] of fixture.departments.entries()) {
    const row = departments.nth(i);
    await expect(row.getByLabel(PEOPLE_LABELS.departmentName, { exact: true })).toHaveValue(d.name);
    await expect(row.getByLabel(PEOPLE_LABELS.headcount, { exact: true })).toHaveValue(
      String(d.headcount),
    );
  }
  await expect(moedelederInput(page)).toHaveValue(fixture.moedeleder);
  for (const [legend, names] of [
    [PEOPLE_LABELS.assistants, fixture.moedeassistenter],
    [PEOPLE_LABELS.amg, fixture.amg],
  ] as const) {
    const group = personGroup(page, legend);
    await expect(group.getByRole('textbox')).toHaveCount(names.length);
    for (const [i, name] of names.entries()) {
      await expect(group.getByLabel(`Navn ${i + 1}`, { exact: true })).toHaveValue(name);
    }
  }
  for (const id of MEETING_KEYS) {
    await expect(meetingInput(page, id)).toHaveValue(fixture.meetings[id]);
  }
  await expect(page.getByLabel(ABSENCE_LABELS.from, { exact: true })).toHaveValue(
    fixture.absence.from,
  );
  await expect(page.getByLabel(ABSENCE_LABELS.to, { exact: true })).toHaveValue(fixture.absence.to);
  await expect(page.getByLabel(ABSENCE_LABELS.plannedWorkdays, { exact: true })).toHaveValue(
    String(fixture.absence.plannedWorkdays),
  );
  await expect(page.getByLabel(ABSENCE_LABELS.daysLost, { exact: true })).toHaveValue(
    String(fixture.absence.daysLost),
  );
  await expect(page.getByTestId('absence-percentage')).toHaveText('5,5 %');
}

test.describe('home and preparation', () => {
  test('creates a process and fills the whole preparation page; all of it survives a reload', async ({
    page,
  }) => {
    await open(page, routes.home());
    await expect(page.getByText('Der er ingen processer endnu.')).toBeVisible();

    // An empty name is refused with a message.
    await page.getByRole('button', { name: 'Opret proces' }).click();
    await expect(page.getByRole('alert')).toHaveText('Skal udfyldes.');

    const id = await createProcess(page, fixture.workplace);
    await page
      .getByRole('navigation', { name: 'Faserne i processen' })
      .first()
      .getByRole('link', { name: 'Forberedelse', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forberedelse' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/proces/${id}/forberedelse$`));

    // Before any figures: no percentage, a hint instead.
    await expect(page.getByTestId('absence-percentage')).toHaveCount(0);
    await expect(page.getByText('Udfyld planlagte arbejdsdage')).toBeVisible();

    await fillPreparation(page, fixture, { seriousProblems: 'Ja' });

    // Suitability 'Ja' names the alternatives.
    const warning = page.getByTestId('suitability-warning');
    await expect(warning).toContainText('egner sig mindre godt');
    await expect(warning.getByRole('listitem')).toHaveText([
      /ekstern konsulent/,
      /spørgeskema/,
      /APV-spillet/,
    ]);
    // Departments add up to the participants: no mismatch warning.
    await expect(
      departmentGroup(page).getByText('I alt 34 personer i afdelingerne – 34 deltagere i alt.'),
    ).toBeVisible();
    await expect(departmentGroup(page).getByText('passer ikke')).toHaveCount(0);
    // The fixture's dialogue meetings are 4 weeks apart and in order: no warning.
    await expect(meetingsSection(page).locator('.message.warning')).toHaveCount(0);
    await expect(page.getByTestId('absence-percentage')).toHaveText('5,5 %');

    // Everything reached IndexedDB.
    const doc = await stored(page, id);
    expect(doc?.name).toBe(fixture.workplace);
    expect(doc?.preparation.answers).toEqual(EXAMPLE_ANSWERS);
    expect(doc?.preparation.seriousProblems).toBe('yes');
    expect(doc?.people.participants).toBe(34);
    expect(doc?.people.departments.map((d) => [d.name, d.headcount])).toEqual(
      fixture.departments.map((d) => [d.name, d.headcount]),
    );
    expect(doc?.people.moedeleder).toBe(fixture.moedeleder);
    expect(doc?.people.moedeassistenter.map((p) => p.name)).toEqual(fixture.moedeassistenter);
    expect(doc?.people.amg.map((p) => p.name)).toEqual(fixture.amg);
    expect(doc?.meetings).toEqual(fixture.meetings);
    expect(doc?.absence.baseline).toEqual(fixture.absence);

    await reloadWhenSaved(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Forberedelse' })).toBeVisible();
    await expectPreparationShown(page);

    // Changing the suitability answer to 'Nej' removes the warning.
    await page.getByRole('radio', { name: 'Nej', exact: true }).check();
    await expect(page.getByTestId('suitability-warning')).toHaveCount(0);
    await expect(page.getByText('Metoden kan bruges i både store og små grupper.')).toBeVisible();
  });

  test('downloads the four planned meetings as an .ics calendar file', async ({ page }) => {
    const id = await createProcess(page, 'Kalenderprøven');
    await open(page, routes.preparation(id));
    const button = page.getByRole('button', { name: 'Hent møderne som kalenderfil (.ics)' });
    await expect(button).toHaveCount(0);
    await expect(page.getByText('Sæt mindst én dato for at hente kalenderfilen.')).toBeVisible();

    await planMeetings(page, fixture.meetings);
    const { download, text } = await downloadText(page, () => button.click());
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text.match(/END:VEVENT/g)).toHaveLength(4);
    for (const id of MEETING_KEYS) {
      // Local wall-clock start, e.g. DTSTART:20270112T130000
      const start = fixture.meetings[id].replace(/[-:]/g, '') + '00';
      expect(text).toContain(start);
      expect(text).toContain(`SUMMARY:${MEETING_LABELS[id]}`);
    }
  });

  test('warns when the 2nd dialogue meeting is not 3–4 weeks after the 1st', async ({ page }) => {
    const id = await createProcess(page, 'Mødeplanen');
    await open(page, routes.preparation(id));
    const warnings = meetingsSection(page).locator('.message.warning');

    await planMeetings(page, {
      dialogmoede1: '2027-01-12T13:00',
      dialogmoede2: '2027-01-19T13:00',
    });
    await expect(warnings).toHaveText([/Der er kun 7 dage mellem dialogmøderne.*3–4 uger/]);

    await fillAndCommit(meetingInput(page, 'dialogmoede2'), '2027-03-02T13:00');
    await expect(warnings).toHaveText([/Der er 49 dage mellem dialogmøderne.*3–4 uger/]);

    // Exactly 3 weeks and exactly 4 weeks are both fine.
    await fillAndCommit(meetingInput(page, 'dialogmoede2'), '2027-02-02T13:00');
    await expect(warnings).toHaveCount(0);
    await fillAndCommit(meetingInput(page, 'dialogmoede2'), '2027-02-09T13:00');
    await expect(warnings).toHaveCount(0);

    // A meeting before the one it should follow is named.
    await fillAndCommit(meetingInput(page, 'vurderingsmoede'), '2027-01-10T09:00');
    await expect(warnings).toHaveText(['Vurderingsmøde ligger ikke efter 1. dialogmøde.']);

    // The warnings are advice: the dates are saved anyway.
    const doc = await stored(page, id);
    expect(doc?.meetings.vurderingsmoede).toBe('2027-01-10T09:00');
  });

  test('invalid field values show a message and are never saved', async ({ page }) => {
    const id = await createProcess(page, 'Valideringen');
    await open(page, routes.preparation(id));
    const participants = participantsInput(page);
    await fillAndCommit(participants, '34');
    expect((await stored(page, id))?.people.participants).toBe(34);

    const cases: [string, string][] = [
      ['0', 'Skriv et helt tal på 1 eller mere.'],
      ['2,5', 'Skriv et helt tal på 1 eller mere.'],
      ['-3', 'Skriv et helt tal på 1 eller mere.'],
      ['tre', 'Skriv et helt tal på 1 eller mere.'],
      ['100001', 'Tallet må højst være 100.000.'],
    ];
    for (const [value, message] of cases) {
      await fillAndCommit(participants, value);
      await expect(participants).toHaveAttribute('aria-invalid', 'true');
      const describedBy = await participants.getAttribute('aria-describedby');
      const error = page.getByRole('alert').filter({ hasText: message });
      await expect(error).toBeVisible();
      // The message is tied to the field for screen readers.
      expect(describedBy?.split(' ')).toContain(await error.getAttribute('id'));
      await expect(page.getByTestId('save-state')).toHaveText('Alt er gemt');
      expect((await stored(page, id))?.people.participants).toBe(34);
    }

    // Days lost may be 0 but not negative.
    const daysLost = page.getByLabel(ABSENCE_LABELS.daysLost, { exact: true });
    await fillAndCommit(daysLost, '-1');
    await expect(page.getByText('Skriv et helt tal på 0 eller mere.')).toBeVisible();
    await fillAndCommit(daysLost, '0');
    await expect(page.getByText('Skriv et helt tal på 0 eller mere.')).toHaveCount(0);
    expect((await stored(page, id))?.absence.baseline.daysLost).toBe(0);

    // A department's head count is required.
    await departmentGroup(page).getByRole('button', { name: 'Tilføj afdeling' }).click();
    const headcount = departmentGroup(page).getByLabel(PEOPLE_LABELS.headcount, { exact: true });
    await fillAndCommit(headcount, '');
    await expect(departmentGroup(page).getByRole('alert')).toHaveText('Skal udfyldes.');
    expect((await stored(page, id))?.people.departments[0]?.headcount).toBe(1);

    // After a reload the last valid values are shown, without messages.
    await reloadWhenSaved(page);
    await expect(participantsInput(page)).toHaveValue('34');
    await expect(participantsInput(page)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(daysLost).toHaveValue('0');
    await expect(headcount).toHaveValue('1');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the dashboard shows the phases, the current step and the next meeting', async ({
    page,
  }) => {
    const id = await createProcess(page, fixture.workplace);
    // A new process: nothing planned yet.
    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('Ikke planlagt');
    await expect(facts).toContainText('Antal deltagere ikke angivet');

    const meetings = upcomingMeetings(fixture);
    await open(page, routes.preparation(id));
    await planMeetings(page, meetings);
    await fillAndCommit(participantsInput(page), String(fixture.participants));
    await open(page, routes.process(id));

    await expect(page.getByRole('heading', { level: 1, name: fixture.workplace })).toBeVisible();
    const year = meetings.dialogmoede1.slice(0, 4);
    await expect(facts).toContainText(`1. dialogmøde: 12. januar ${year} kl. 13:00`);
    await expect(facts).toContainText('34 deltagere');

    const steps = page.locator('ol.stepper > li');
    await expect(steps).toHaveCount(6);
    await expect(steps.locator('.step-title')).toHaveText([
      'Forberedelse',
      '1. dialogmøde',
      'Vurderingsmøde',
      '2. dialogmøde',
      'Handleplan',
      'Opfølgning',
    ]);
    const current = page.locator('ol.stepper > li[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current.locator('.step-title')).toHaveText('Forberedelse');
    await expect(current).toContainText('Næste skridt:');

    // Marking preparation done moves the current phase on.
    await open(page, routes.preparation(id));
    await page
      .getByRole('group', { name: 'Status: Forberedelse' })
      .getByRole('radio', { name: 'Færdig' })
      .check();
    await open(page, routes.process(id));
    await expect(current.locator('.step-title')).toHaveText('1. dialogmøde');
    await expect(steps.first()).toContainText('Status: Færdig');

    // The home page lists the process with its phase and next meeting.
    await open(page, routes.home());
    const row = processRow(page, fixture.workplace);
    await expect(row).toContainText('1. dialogmøde');
    await expect(row).toContainText(`12. januar ${year} kl. 13:00`);
  });

  test('renames a process, deletes it only after confirmation, and can undo the delete', async ({
    page,
  }) => {
    const keepId = await createProcess(page, 'Børnehaven');
    await open(page, routes.home());
    const otherId = await createProcess(page, 'Kontoret');
    await open(page, routes.home());
    await expect(page.locator('table tbody tr')).toHaveCount(2);

    // Rename
    await page.getByRole('button', { name: 'Omdøb: Kontoret' }).click();
    const nameInput = page.getByLabel('Nyt navn til Kontoret');
    await expect(nameInput).toBeFocused();
    await nameInput.fill('Kontoret på 1. sal');
    await page.getByRole('button', { name: 'Gem navn' }).click();
    await expect(processRow(page, 'Kontoret på 1. sal')).toBeVisible();
    expect((await stored(page, otherId))?.name).toBe('Kontoret på 1. sal');
    await reloadWhenSaved(page);
    expect(await listedProcessNames(page)).toContain('Kontoret på 1. sal');

    // An empty name is not saved.
    await page.getByRole('button', { name: 'Omdøb: Kontoret på 1. sal' }).click();
    await page.getByLabel('Nyt navn til Kontoret på 1. sal').fill('   ');
    await page.getByRole('button', { name: 'Gem navn' }).click();
    await expect(processRow(page, 'Kontoret på 1. sal')).toBeVisible();

    // Delete asks first; cancelling keeps the process.
    const deleteButton = page.getByRole('button', { name: 'Slet: Kontoret på 1. sal' });
    await deleteButton.click();
    const dialog = page.getByRole('dialog', { name: 'Slet' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Slet processen »Kontoret på 1. sal«?');
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('table tbody tr')).toHaveCount(2);
    expect(await stored(page, otherId)).toBeDefined();

    // Escape cancels too.
    await deleteButton.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('table tbody tr')).toHaveCount(2);

    // Confirm: gone from the list and from IndexedDB.
    await deleteButton.click();
    await dialog.getByRole('button', { name: 'Slet', exact: true }).click();
    await expect(processRow(page, 'Kontoret på 1. sal')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'er slettet' })).toHaveText(
      /»Kontoret på 1. sal« er slettet\./,
    );
    expect(await stored(page, otherId)).toBeUndefined();
    expect(await stored(page, keepId)).toBeDefined();

    // Undo brings it back, stored again.
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect(processRow(page, 'Kontoret på 1. sal')).toBeVisible();
    expect((await stored(page, otherId))?.name).toBe('Kontoret på 1. sal');
    await reloadWhenSaved(page);
    expect((await listedProcessNames(page)).sort()).toEqual(['Børnehaven', 'Kontoret på 1. sal']);

    // Delete without undo lasts across a reload.
    await page.getByRole('button', { name: 'Slet: Børnehaven' }).click();
    await dialog.getByRole('button', { name: 'Slet', exact: true }).click();
    await expect(processRow(page, 'Børnehaven')).toHaveCount(0);
    await reloadWhenSaved(page);
    expect(await listedProcessNames(page)).toEqual(['Kontoret på 1. sal']);
    // Its address now says it is gone.
    await open(page, routes.process(keepId));
    await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
  });
});

test.describe('two windows on the same process', () => {
  test('an edit in one window shows in the other without a reload', async ({ context }) => {
    const a = await context.newPage();
    const id = await createProcess(a, 'Synkroniseringen');
    const b = await context.newPage();
    await open(b, routes.preparation(id));
    await open(a, routes.preparation(id));

    await fillAndCommit(participantsInput(a), '34');
    await expect(participantsInput(b)).toHaveValue('34');

    await fillAndCommit(moedelederInput(b), fixture.moedeleder);
    await expect(moedelederInput(a)).toHaveValue(fixture.moedeleder);

    await b.getByRole('radio', { name: 'Ja', exact: true }).check();
    await expect(a.getByTestId('suitability-warning')).toBeVisible();

    await fillAndCommit(meetingInput(a, 'dialogmoede1'), fixture.meetings.dialogmoede1);
    await expect(meetingInput(b, 'dialogmoede1')).toHaveValue(fixture.meetings.dialogmoede1);

    // A rename on the home page reaches the other window's process navigation.
    await open(a, routes.home());
    await a.getByRole('button', { name: 'Omdøb: Synkroniseringen' }).click();
    await a.getByLabel('Nyt navn til Synkroniseringen').fill('Synkroniseret');
    await a.getByRole('button', { name: 'Gem navn' }).click();
    await expect(b.locator('nav.phase-nav')).toContainText('Synkroniseret');

    // A new process created in one window is listed in the other.
    await open(b, routes.home());
    await createProcess(a, 'Endnu en proces');
    await expect(processRow(b, 'Endnu en proces')).toBeVisible();
  });

  test('two windows editing different fields at once both keep their edit', async ({ context }) => {
    const a = await context.newPage();
    const id = await createProcess(a, 'Samtidigheden');
    const b = await context.newPage();
    await open(a, routes.preparation(id));
    await open(b, routes.preparation(id));

    // Both type before either commits, then both commit.
    await question(a, 'purpose').fill('Svar skrevet i vindue A');
    await question(b, 'difference').fill('Svar skrevet i vindue B');
    await participantsInput(a).fill('12');
    await question(b, 'industry').fill('Også fra vindue B');
    await question(a, 'purpose').blur();
    await question(b, 'difference').blur();
    await participantsInput(a).blur();
    await question(b, 'industry').blur();

    for (const page of [a, b]) {
      await expect(question(page, 'purpose')).toHaveValue('Svar skrevet i vindue A');
      await expect(question(page, 'difference')).toHaveValue('Svar skrevet i vindue B');
      await expect(question(page, 'industry')).toHaveValue('Også fra vindue B');
      await expect(participantsInput(page)).toHaveValue('12');
    }
    await waitForSaved(a);
    await waitForSaved(b);

    const doc = await readStoredProcess<StoredProcess>(a, id);
    expect(doc?.preparation.answers.purpose).toBe('Svar skrevet i vindue A');
    expect(doc?.preparation.answers.difference).toBe('Svar skrevet i vindue B');
    expect(doc?.preparation.answers.industry).toBe('Også fra vindue B');
    expect(doc?.people.participants).toBe(12);

    await b.close();
    await a.reload();
    await waitForApp(a);
    await expect(question(a, 'purpose')).toHaveValue('Svar skrevet i vindue A');
    await expect(question(a, 'difference')).toHaveValue('Svar skrevet i vindue B');
    await expect(question(a, 'industry')).toHaveValue('Også fra vindue B');
    await expect(participantsInput(a)).toHaveValue('12');
  });
});

// Keep the label constants honest: the page must use exactly these texts.
test('the preparation page shows every label the helpers rely on', async ({ page }) => {
  const id = await createProcess(page, 'Etiketterne');
  await open(page, routes.preparation(id));
  for (const label of [
    ...Object.values(QUESTION_LABELS),
    ...Object.values(MEETING_LABELS),
    PEOPLE_LABELS.participants,
    PEOPLE_LABELS.moedeleder,
    ...Object.values(ABSENCE_LABELS),
  ]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveCount(1);
  }
});
