import { expect, type Locator, type Page } from '@playwright/test';
import { fillAndCommit } from './app';
import type { ExampleWorkplace, MeetingKey } from './fixture';

/** Danish labels of the preparation page (src/i18n/da/preparation.ts). */
export const QUESTION_LABELS = {
  purpose: 'Hvad håber I at få ud af at bruge den anerkendende metode?',
  difference: 'Hvordan adskiller denne APV sig fra den måde, I plejer at lave den på?',
  circumstances:
    'Sker der noget særligt hos jer lige nu – fx omstruktureringer, nye kolleger eller ny ledelse?',
  industry: 'Hvilke udfordringer er typiske for jeres branche?',
  managementSupport: 'Hvordan viser ledelsen sin opbakning før, under og efter møderne?',
  followUpResources:
    'Hvor meget skal medarbejderne selv bære opfølgningen, og hvilken tid og hvilke midler er der sat af?',
} as const;
export type QuestionId = keyof typeof QUESTION_LABELS;

export const MEETING_LABELS: Record<MeetingKey, string> = {
  dialogmoede1: '1. dialogmøde',
  vurderingsmoede: 'Vurderingsmøde',
  dialogmoede2: '2. dialogmøde',
  handleplanmoede: 'Handleplanmøde',
};

export const PEOPLE_LABELS = {
  participants: 'Antal deltagere i dialogmøderne',
  moedeleder: 'Mødeleder',
  departmentName: 'Afdelingens navn',
  headcount: 'Antal personer',
  assistants: 'Mødeassistenter',
  amg: 'Arbejdsmiljøgruppen (AMG)',
};

export const ABSENCE_LABELS = {
  from: 'Periode fra',
  to: 'Periode til',
  plannedWorkdays: 'Planlagte arbejdsdage i perioden',
  daysLost: 'Tabte arbejdsdage på grund af sygdom',
};

/** Example answers to the six clarifying questions. */
export const EXAMPLE_ANSWERS: Record<QuestionId, string> = {
  purpose: 'Vi vil finde det, der fungerer, og bygge videre på det.',
  difference: 'Alle er med i dialogen i stedet for et spørgeskema.',
  circumstances: 'Ny leder i vuggestuen siden august.',
  industry: 'Støj, travlhed og sygefravær.',
  managementSupport: 'Lederen åbner begge møder og følger handleplanen.',
  followUpResources: 'Fire timer om måneden til AMG; resten i personalemøderne.',
};

export const question = (page: Page, id: QuestionId): Locator =>
  page.getByLabel(QUESTION_LABELS[id], { exact: true });
export const meetingInput = (page: Page, id: MeetingKey): Locator =>
  page.getByLabel(MEETING_LABELS[id], { exact: true });
export const participantsInput = (page: Page): Locator =>
  page.getByLabel(PEOPLE_LABELS.participants, { exact: true });
export const moedelederInput = (page: Page): Locator =>
  page.getByLabel(PEOPLE_LABELS.moedeleder, { exact: true });
/** A fieldset of people (by legend) or of departments. */
export const personGroup = (page: Page, legend: string): Locator =>
  page.getByRole('group', { name: legend, exact: true });
export const departmentGroup = (page: Page): Locator =>
  page.getByRole('group', { name: 'Afdelinger (valgfrit)', exact: true });

export async function answerQuestions(
  page: Page,
  answers: Partial<Record<QuestionId, string>> = EXAMPLE_ANSWERS,
): Promise<void> {
  for (const [id, text] of Object.entries(answers) as [QuestionId, string][]) {
    await fillAndCommit(question(page, id), text);
  }
}

export async function addDepartments(
  page: Page,
  departments: { name: string; headcount: number }[],
): Promise<void> {
  const group = departmentGroup(page);
  const before = await group.getByRole('listitem').count();
  for (const [i, d] of departments.entries()) {
    await group.getByRole('button', { name: 'Tilføj afdeling' }).click();
    const row = group.getByRole('listitem').nth(before + i);
    await fillAndCommit(row.getByLabel(PEOPLE_LABELS.departmentName, { exact: true }), d.name);
    await fillAndCommit(
      row.getByLabel(PEOPLE_LABELS.headcount, { exact: true }),
      String(d.headcount),
    );
  }
}

export async function addPeople(page: Page, legend: string, names: string[]): Promise<void> {
  const group = personGroup(page, legend);
  const before = await group.getByRole('listitem').count();
  for (const [i, name] of names.entries()) {
    await group.getByRole('button', { name: 'Tilføj person' }).click();
    const field = group.getByLabel(`Navn ${before + i + 1}`, { exact: true });
    await fillAndCommit(field, name);
  }
}

export async function planMeetings(
  page: Page,
  meetings: Partial<Record<MeetingKey, string>>,
): Promise<void> {
  for (const [id, at] of Object.entries(meetings) as [MeetingKey, string][]) {
    await fillAndCommit(meetingInput(page, id), at);
  }
}

export async function fillAbsence(page: Page, absence: ExampleWorkplace['absence']): Promise<void> {
  await fillAndCommit(page.getByLabel(ABSENCE_LABELS.from, { exact: true }), absence.from);
  await fillAndCommit(page.getByLabel(ABSENCE_LABELS.to, { exact: true }), absence.to);
  await fillAndCommit(
    page.getByLabel(ABSENCE_LABELS.plannedWorkdays, { exact: true }),
    String(absence.plannedWorkdays),
  );
  await fillAndCommit(
    page.getByLabel(ABSENCE_LABELS.daysLost, { exact: true }),
    String(absence.daysLost),
  );
}

/**
 * Fills the whole preparation page from the example workplace (the page must be open).
 * `seriousProblems` picks the suitability answer ('Nej' by default).
 */
export async function fillPreparation(
  page: Page,
  fixture: ExampleWorkplace,
  options: {
    seriousProblems?: 'Ja' | 'Nej' | 'Ved ikke';
    answers?: Record<QuestionId, string>;
  } = {},
): Promise<void> {
  await answerQuestions(page, options.answers ?? EXAMPLE_ANSWERS);
  await page.getByRole('radio', { name: options.seriousProblems ?? 'Nej', exact: true }).check();
  await fillAndCommit(participantsInput(page), String(fixture.participants));
  await addDepartments(page, fixture.departments);
  await fillAndCommit(moedelederInput(page), fixture.moedeleder);
  await addPeople(page, PEOPLE_LABELS.assistants, fixture.moedeassistenter);
  await addPeople(page, PEOPLE_LABELS.amg, fixture.amg);
  await planMeetings(page, fixture.meetings);
  await fillAbsence(page, fixture.absence);
  await expect(page.getByTestId('absence-percentage')).toBeVisible();
}
