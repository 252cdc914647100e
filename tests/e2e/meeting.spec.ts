import { expect, test } from '@playwright/test';
import { waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import {
  clockSeconds,
  controllerTime,
  controls,
  meetingRoutes,
  openProjector,
  processWithParticipants,
  projectorTime,
} from './helpers/meeting';

test.describe('running a dialogue meeting: controller and projector', () => {
  test('start, pause, next step and extend; the projector follows and survives a reload', async ({
    context,
  }) => {
    const page = await context.newPage();
    await processWithParticipants(page, 'Solsikken', 12);
    await expect(page.getByRole('heading', { level: 1, name: '1. dialogmøde' })).toBeVisible();
    await expectNoAxeViolations(page);

    const projector = await openProjector(page, context);
    await expect(projector.getByRole('heading', { name: 'Mødet er ikke startet' })).toBeVisible();

    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('I gang');
    await expect(projector.getByTestId('projector-step')).toHaveText('Fælles intro');
    await expect.poll(() => clockSeconds(projectorTime(projector))).toBeLessThanOrEqual(15 * 60);
    await expect.poll(() => clockSeconds(projectorTime(projector))).toBeGreaterThan(15 * 60 - 10);

    await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
    await expect(projector.getByTestId('projector-step')).toHaveText('Interview i 3-mandsgrupper');
    await expect(projector.getByTestId('projector-round')).toHaveText('Interview · runde 1 af 3');
    await expect(projector.getByTestId('projector-rotation')).toHaveText('1 → 2, 3 tager noter');
    await expect(page.getByTestId('controller-rotation')).toContainText('1 → 2, 3 tager noter');

    await controls(page).getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('Pause');
    await expect(projector.getByText('Pause', { exact: true })).toBeVisible();
    const beforeExtend = await clockSeconds(controllerTime(page));
    await controls(page).getByRole('button', { name: 'Giv punktet 5 minutter mere' }).click();
    await expect.poll(() => clockSeconds(controllerTime(page))).toBe(beforeExtend + 5 * 60);
    await expect.poll(() => clockSeconds(projectorTime(projector))).toBe(beforeExtend + 5 * 60);
    await expect(page.getByTestId('forecast-end')).toContainText('Forventet slut kl.');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/screenshots/meeting-controller.png' });

    // Paused, the time stands still: a reloaded projector must show exactly the same.
    await waitForSaved(page);
    await projector.reload();
    await expect(projector.getByTestId('projector-step')).toHaveText('Interview i 3-mandsgrupper');
    expect(await clockSeconds(projectorTime(projector))).toBe(beforeExtend + 5 * 60);

    // Running, it counts on from the same document: within a second of the controller.
    await controls(page).getByRole('button', { name: 'Fortsæt' }).click();
    await expect(projector.getByText('Pause', { exact: true })).toBeHidden();
    await waitForSaved(page);
    await projector.reload();
    await expect(projector.getByTestId('projector-step')).toHaveText('Interview i 3-mandsgrupper');
    const [a, b] = await Promise.all([
      clockSeconds(controllerTime(page)),
      clockSeconds(projectorTime(projector)),
    ]);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);

    // The projector follows the choice of view.
    await page.getByRole('button', { name: 'Grupper', exact: true }).click();
    await expect(projector.getByTestId('projector-count-off')).toHaveText(
      'Tæl fra 1 til 4 rundt i lokalet.',
    );
    await page.getByRole('button', { name: 'Ur og punkt' }).click();
    await expect(projector.getByTestId('projector-step')).toBeVisible();
  });

  test('the round indicator and its chime cue change at the end of a round', async ({
    context,
  }) => {
    // The clock belongs to the browser context: both windows share it.
    await context.clock.install({ time: new Date('2027-01-12T13:00:00+01:00') });
    const page = await context.newPage();
    const id = await processWithParticipants(page, 'Mælkebøtten', 9);
    const projector = await context.newPage();
    await projector.goto(meetingRoutes.projector(id));
    await expect(projector.getByTestId('projector-waiting')).toBeVisible();

    // Choose the interview step before the start, then start it.
    await page.getByRole('button', { name: 'Gå til: Interview i 3-mandsgrupper' }).click();
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    await expect(projector.getByTestId('projector-round')).toHaveText('Interview · runde 1 af 3');
    await expect(projector.getByTestId('round-cue')).toHaveCount(0);

    await context.clock.fastForward('05:01');
    await expect(projector.getByTestId('projector-round')).toHaveText('Interview · runde 2 af 3');
    await expect(projector.getByTestId('projector-rotation')).toHaveText('2 → 3, 1 tager noter');
    const cue = projector.getByTestId('round-cue');
    await expect(cue).toHaveText('Runden er slut – Byt roller');
    await expect(cue).toHaveAttribute('data-sound', 'played');
    await expect(page.getByTestId('controller-round')).toContainText('runde 2 af 3');
    await expectNoAxeViolations(projector);

    // The cue fades after a few seconds; the next round's end brings it back.
    await context.clock.fastForward('00:10');
    await expect(cue).toHaveCount(0);
    await context.clock.fastForward('04:55');
    await expect(projector.getByTestId('projector-round')).toHaveText('Interview · runde 3 af 3');
    await expect(cue).toBeVisible();
    await expect(projector.getByTestId('projector-rotation')).toHaveText('3 → 1, 2 tager noter');

    // When the step's own time runs out, the word for overrun and the other cue show.
    await context.clock.fastForward('15:00');
    await expect(cue).toHaveText('Tiden er gået');
    await expect(projector.getByText('Over tid', { exact: true })).toBeVisible();
    await expect(page.getByTestId('controller-time')).toContainText('Over tid');
  });

  test('34 people: the groups of 3 and the group of 4 each follow their own rotation', async ({
    context,
  }) => {
    await context.clock.install({ time: new Date('2027-01-12T13:00:00+01:00') });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const id = await processWithParticipants(page, 'Rådhuset', 34);
    await page
      .getByTestId('rotation-notice')
      .getByRole('button', { name: 'Sæt interviewet til 4 runder' })
      .click();
    const projector = await context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(meetingRoutes.projector(id));
    await expect(projector.getByTestId('projector-waiting')).toBeVisible();

    await page.getByRole('button', { name: 'Gå til: Interview i 3-mandsgrupper' }).click();
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    const rotation = projector.getByTestId('projector-rotation');
    await expect(rotation.getByTestId('rotation-size-3')).toHaveText(
      'Grupper på 3: 1 → 2, 3 tager noter',
    );
    await expect(rotation.getByTestId('rotation-size-4')).toHaveText(
      'Grupper på 4: 1 → 2, 3 og 4 tager noter',
    );
    await expect(page.getByTestId('controller-rotation')).toContainText('Grupper på 4: 1 → 2');
    await expectNoAxeViolations(projector);

    await context.clock.fastForward('15:01');
    await expect(projector.getByTestId('projector-round')).toHaveText('Interview · runde 4 af 4');
    await expect(rotation.getByTestId('rotation-size-3')).toHaveText(
      'Grupper på 3: færdige – skriv svarene op',
    );
    await expect(rotation.getByTestId('rotation-size-4')).toHaveText(
      'Grupper på 4: 4 → 1, 2 og 3 tager noter',
    );
    await projector.screenshot({ path: 'test-results/screenshots/projector-rotation-1920.png' });
    await page.screenshot({ path: 'test-results/screenshots/controller-rotation-1366.png' });
    await projector.setViewportSize({ width: 1366, height: 768 });
    await projector.screenshot({ path: 'test-results/screenshots/projector-rotation-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/screenshots/controller-rotation-1920.png' });
  });

  test('finishing the meeting asks first, and the record keeps start, end and actual minutes', async ({
    page,
  }) => {
    const id = await processWithParticipants(page, 'Kontoret', 7);
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('controller-step')).toHaveText('Interview i 3-mandsgrupper');
    await controls(page).getByRole('button', { name: 'Afslut mødet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afslut mødet' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, { include: 'dialog[open]' });
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('I gang');
    await controls(page).getByRole('button', { name: 'Afslut mødet' }).click();
    await dialog.getByRole('button', { name: 'Ja, afslut mødet' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('Mødet er slut');
    await expect(page.getByTestId('record-ended')).not.toHaveText('Endnu ikke');
    await expect(page.getByText('Fælles intro: 0 min')).toBeVisible();
    await waitForSaved(page);
    await page.goto(meetingRoutes.meeting1(id));
    await expect(page.getByTestId('timer-status')).toHaveText('Mødet er slut');
  });

  test('Space after a click pauses the meeting and never presses the clicked button again', async ({
    page,
  }) => {
    await processWithParticipants(page, 'Værkstedet', 9);
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
    await expect(page.getByTestId('controller-step')).toHaveText('Interview i 3-mandsgrupper');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('timer-status')).toHaveText('Pause');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('controller-step')).toHaveText('Interview i 3-mandsgrupper');

    const before = await clockSeconds(controllerTime(page));
    await controls(page).getByRole('button', { name: 'Giv punktet 5 minutter mere' }).click();
    await expect.poll(() => clockSeconds(controllerTime(page))).toBe(before + 5 * 60);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('timer-status')).toHaveText('I gang');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('timer-status')).toHaveText('Pause');
    // A few seconds ran between the two presses; a second +5 min would show as 5 more minutes.
    const after = await clockSeconds(controllerTime(page));
    expect(after).toBeLessThanOrEqual(before + 5 * 60);
    expect(after).toBeGreaterThan(before + 5 * 60 - 30);
  });

  test('groups: 10 people make a group of 4, so the rotation needs 4 turns (+5 min)', async ({
    page,
  }) => {
    await processWithParticipants(page, 'Børnehaven', 10);
    const notice = page.getByTestId('rotation-notice');
    await expect(notice).toContainText('de største har brug for 4 runder (5 minutter ekstra)');
    await expect(notice.getByTestId('rotation-plan-3')).toContainText('3 → 1, 2 tager noter');
    await expect(notice.getByTestId('rotation-plan-4')).toContainText('4 → 1, 2 og 3 tager noter');
    await notice.getByRole('button', { name: 'Sæt interviewet til 4 runder' }).click();
    await expect(notice).toContainText('Interviewet har 4 runder');
    await expect(page.getByLabel('Minutter: Interview i 3-mandsgrupper')).toHaveValue('30');
    await expectNoAxeViolations(page);
  });
});
