import { expect, test, type Page } from '@playwright/test';
import {
  createProcess,
  fillAndCommit,
  open,
  processRow,
  routes,
  waitForSaved,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { exampleWorkplace, upcomingMeetings } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { fillPreparation, meetingInput, participantsInput } from './helpers/preparation';

const fixture = exampleWorkplace();

/** Full-page screenshot for a human to look at (test-results/screenshots/<name>.png). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test.describe('accessibility (axe: WCAG 2.0 A/AA, 2.1 AA)', () => {
  test('home page, empty', async ({ page }) => {
    await open(page, routes.home());
    await expect(page.getByText('Der er ingen processer endnu.')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-empty');

    // The empty-name error is announced and tied to its field.
    await page.getByRole('button', { name: 'Opret proces' }).click();
    await expect(page.getByRole('alert')).toHaveText('Skal udfyldes.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-empty-error');
  });

  test('home page with processes, and the delete confirmation dialog', async ({ page }) => {
    const id = await createProcess(page, fixture.workplace);
    await open(page, routes.preparation(id));
    await fillPreparation(page, fixture);
    await fillAndCommit(meetingInput(page, 'dialogmoede1'), upcomingMeetings(fixture).dialogmoede1);
    await open(page, routes.home());
    await createProcess(page, 'Kontoret');
    await open(page, routes.home());
    await expect(page.locator('table tbody tr')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-with-processes');

    await page.getByRole('button', { name: 'Omdøb: Kontoret' }).click();
    await expect(page.getByLabel('Nyt navn til Kontoret')).toBeFocused();
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-renaming');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Slet: Kontoret' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slet' });
    await expect(dialog).toBeVisible();
    // Focus starts on the harmless choice.
    await expect(dialog.getByRole('button', { name: 'Annuller' })).toBeFocused();
    await expectNoAxeViolations(page);
    await expectNoAxeViolations(page, { include: 'dialog[open]' });
    await screenshot(page, 'home-delete-dialog');

    await dialog.getByRole('button', { name: 'Slet', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Fortryd' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-undo-bar');
    await expect(processRow(page, fixture.workplace)).toBeVisible();
  });

  test('dashboard', async ({ page }) => {
    const id = await createProcess(page, fixture.workplace);
    await open(page, routes.preparation(id));
    await fillPreparation(page, { ...fixture, meetings: upcomingMeetings(fixture) });
    await open(page, routes.process(id));
    await expect(page.locator('ol.stepper > li')).toHaveCount(6);
    await expectNoAxeViolations(page);
    await screenshot(page, 'dashboard');
  });

  test('preparation page, filled, with warnings and a field error shown', async ({ page }) => {
    const id = await createProcess(page, fixture.workplace);
    await open(page, routes.preparation(id));
    await expectNoAxeViolations(page);
    await screenshot(page, 'preparation-empty');

    await fillPreparation(page, fixture, { seriousProblems: 'Ja' });
    // Warnings: suitability, dialogue meetings too close, departments ≠ participants; and
    // the refusal of more days lost than planned, shown at its field.
    await fillAndCommit(meetingInput(page, 'dialogmoede2'), '2027-01-19T13:00');
    await fillAndCommit(participantsInput(page), '40');
    await fillAndCommit(page.getByLabel('Tabte arbejdsdage på grund af sygdom'), '9000');
    await expect(page.getByTestId('suitability-warning')).toBeVisible();
    await expect(
      page.getByText('Der er kun 7 dage mellem dialogmøderne.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('Summen af afdelingerne passer ikke')).toBeVisible();
    await expect(
      page.getByText('Der kan ikke være flere tabte dage end planlagte arbejdsdage.'),
    ).toBeVisible();
    await waitForSaved(page);
    // And one invalid draft with its error message.
    await participantsInput(page).fill('2,5');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Skriv et helt tal på 1 eller mere.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'preparation-filled-warnings');
  });

  test('backup page, with an import error and the conflict dialog', async ({ page }) => {
    await open(page, routes.backup());
    await expectNoAxeViolations(page);
    await screenshot(page, 'backup-empty');

    await createProcess(page, fixture.workplace);
    await open(page, routes.backup());
    const input = page.getByLabel('Vælg en sikkerhedskopi (.json)');
    await input.setInputFiles({
      name: 'ødelagt.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ ikke json'),
    });
    await expect(page.locator('.message.error')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'backup-error');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem alle processer i en fil' }).click(),
    ]);
    await input.setInputFiles(await download.path());
    const dialog = page.getByRole('dialog', { name: 'Processen findes allerede' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'backup-conflict-dialog');
  });

  test('the banner for a stored record that could not be read', async ({ page }) => {
    const id = await createProcess(page, 'Beskadiget');
    await waitForSaved(page);
    const stored = await readStoredProcess(page, id);
    await writeRecord(page, processKey(id), { ...stored, name: 42 });
    await page.goto(routes.home());
    await page.reload();
    await expect(
      page.getByRole('heading', { name: 'Nogle gemte data kunne ikke læses' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'home-quarantine-banner');
  });

  test('narrow screen (phone-sized) home and preparation', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const id = await createProcess(page, fixture.workplace);
    await open(page, routes.preparation(id));
    await fillPreparation(page, fixture, { seriousProblems: 'Ja' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'narrow-preparation');
    await open(page, routes.home());
    await expect(page.locator('table tbody tr')).toHaveCount(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'narrow-home');
  });
});
