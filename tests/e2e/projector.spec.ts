import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { controls, meetingRoutes, processWithParticipants } from './helpers/meeting';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: `test-results/screenshots/projector-${name}-${size.width}x${size.height}.png`,
    });
  }
}

/** Height of the countdown's digits as a share of the viewport's height. */
async function digitsShareOfHeight(page: Page): Promise<number> {
  return page.getByTestId('projector-time').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.height / window.innerHeight;
  });
}

test.describe('projector window', () => {
  test('waiting, running (interview round), overrun and groups: readable, accessible, at two sizes', async ({
    context,
  }) => {
    // A fake wake lock, to see that the projector asks for one while the meeting runs.
    await context.addInitScript(() => {
      const w = window as unknown as { wakeLocks: { requested: number; released: number } };
      w.wakeLocks = { requested: 0, released: 0 };
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request: async () => {
            w.wakeLocks.requested += 1;
            const sentinel = {
              released: false,
              release: async () => {
                sentinel.released = true;
                w.wakeLocks.released += 1;
              },
            };
            return sentinel;
          },
        },
      });
    });
    await context.clock.install({ time: new Date('2027-01-12T13:00:00+01:00') });
    const page = await context.newPage();
    const id = await processWithParticipants(page, 'Solsikken', 13);
    const projector = await context.newPage();
    await projector.goto(meetingRoutes.projector(id));

    await expect(projector.getByRole('heading', { name: 'Mødet er ikke startet' })).toBeVisible();
    await expect(projector.getByText('Vi begynder med: Fælles intro')).toBeVisible();
    await expectNoAxeViolations(projector);
    await shoot(projector, 'waiting');
    const lockCount = () =>
      projector.evaluate(
        () =>
          (window as unknown as { wakeLocks: { requested: number; released: number } }).wakeLocks,
      );
    expect((await lockCount()).requested).toBe(0);

    await page.getByRole('button', { name: 'Gå til: Interview i 3-mandsgrupper' }).click();
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    // 13 people: three groups of 3 and one of 4, each size with its own rotation.
    await expect(projector.getByTestId('rotation-size-3')).toHaveText(
      'Grupper på 3: 1 → 2, 3 tager noter',
    );
    await expect(projector.getByTestId('rotation-size-4')).toHaveText(
      'Grupper på 4: 1 → 2, 3 og 4 tager noter',
    );
    await expect(projector.getByTestId('projector-round-time')).toHaveText(
      '5:00 tilbage af runden',
    );
    await expect.poll(async () => (await lockCount()).requested).toBe(1);
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      expect(await digitsShareOfHeight(projector)).toBeGreaterThanOrEqual(0.2);
    }
    await expectNoAxeViolations(projector);
    await shoot(projector, 'interview');

    await context.clock.fastForward('05:01');
    await expect(projector.getByTestId('round-cue')).toBeVisible();
    await shoot(projector, 'round-cue');

    await context.clock.fastForward('25:00');
    await expect(projector.getByTestId('round-cue')).toHaveText('Tiden er gået');
    await context.clock.fastForward('00:10');
    await expect(projector.getByTestId('round-cue')).toHaveCount(0);
    await expectNoAxeViolations(projector);
    await shoot(projector, 'overrun');

    await page.getByRole('button', { name: 'Grupper', exact: true }).click();
    await expect(projector.getByTestId('projector-count-off')).toHaveText(
      'Tæl fra 1 til 4 rundt i lokalet.',
    );
    await expectNoAxeViolations(projector);
    await shoot(projector, 'groups');

    await page.getByRole('button', { name: 'Galleri' }).click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-view', 'gallery');
    await expectNoAxeViolations(projector);
    await shoot(projector, 'gallery');

    for (const [button, view] of [
      ['Rangliste', 'ranking'],
      ['Parkeringsplads', 'parking'],
      ['Bruttoliste efter tema', 'themedList'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(projector.getByTestId('projector')).toHaveAttribute('data-view', view);
      await expectNoAxeViolations(projector);
      await shoot(projector, view);
    }

    await page.getByRole('button', { name: 'Ur og punkt' }).click();
    await controls(page).getByRole('button', { name: 'Afslut mødet' }).click();
    await page.getByRole('button', { name: 'Ja, afslut mødet' }).click();
    await expect(projector.getByRole('heading', { name: 'Mødet er slut' })).toBeVisible();
    await expect.poll(async () => (await lockCount()).released).toBe(1);
    await expectNoAxeViolations(projector);
    await shoot(projector, 'finished');
  });

  test('the mute toggle is remembered across a reload', async ({ page }) => {
    const id = await processWithParticipants(page, 'Kontoret', 6);
    await waitForSaved(page);
    await page.goto(meetingRoutes.projector(id));
    await page.getByRole('button', { name: 'Slå lyd fra' }).click();
    await expect(page.getByRole('button', { name: 'Slå lyd til' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.reload();
    await expect(page.getByRole('button', { name: 'Slå lyd til' })).toBeVisible();
  });

  test('an unknown process id shows a clear message', async ({ page }) => {
    await page.goto(meetingRoutes.projector('findes-ikke'));
    await expect(page.getByRole('heading', { name: 'Processen findes ikke' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shoot(page, 'not-found');
  });
});
