import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { controls, openProjector, processWithParticipants } from './helpers/meeting';

const sticky = (page: Page) => page.getByTestId('sticky-timer');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/controller-${name}.png` });

test.describe('the controller on a 1366×768 laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the clock stays in sight while typing; step 4 merges duplicates in the meeting', async ({
    page,
  }) => {
    await processWithParticipants(page, 'Solsikken', 13);
    await expect(sticky(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Gå til: Fælles opsamling og præsentation' }).click();
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();

    // Typing the posters far below the clock: the bar shows the step, the time and its buttons.
    const wishes = page.getByTestId('wishes-capture');
    const input = wishes.getByRole('textbox', { name: /^Ønske eller drøm fra gruppe/ });
    await input.focus();
    for (const line of ['Mere ro i frokosten', 'Ro i frokostpausen', 'Fælles morgenmøde']) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    await expect(controls(page)).not.toBeInViewport();
    const bar = sticky(page);
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText('Fælles opsamling og præsentation');
    await expect(bar).toContainText(/\d+:\d\d tilbage/);
    await expect(input).toBeInViewport();
    const barBox = (await bar.boundingBox())!;
    const inputBox = (await input.boundingBox())!;
    expect(inputBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
    await shot(page, 'sticky-while-typing');
    await expectNoAxeViolations(page);

    await bar.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('Pause');
    await expect(bar.getByRole('button', { name: 'Fortsæt' })).toBeVisible();
    await bar.getByRole('button', { name: 'Fortsæt' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('I gang');

    // The duplicates are struck here, beside the clock, not on another page.
    const list = page.getByRole('region', { name: 'Bruttolisten' });
    await list.getByRole('checkbox', { name: 'Vælg »Mere ro i frokosten«' }).check();
    await list.getByRole('checkbox', { name: 'Vælg »Ro i frokostpausen«' }).check();
    await list.getByRole('button', { name: 'Slå sammen' }).click();
    await expect(list.getByText('2 ønsker er slået sammen.')).toBeVisible();
    await expect(page).toHaveURL(/dialogmoede-1$/);
    await waitForSaved(page);
  });

  test('the controller says when the projector will not chime', async ({ context, page }) => {
    await processWithParticipants(page, 'Solsikken', 13);
    const projector = await openProjector(page, context);
    const sound = page.getByTestId('projector-sound');
    await expect(sound).toBeEmpty();
    await projector.getByRole('button', { name: 'Slå lyd fra' }).click();
    await expect(sound).toHaveText('Lyden er slået fra på projektoren.');
    await projector.close();
    await expect(sound).toBeEmpty();
  });
});
