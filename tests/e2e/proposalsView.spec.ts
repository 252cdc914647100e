import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createProcess, open } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { meetingRoutes, openProjector } from './helpers/meeting';

/** Meeting 2 as the frozen version-6 document holds it: the bruttoliste, proposals and a join. */
const frozen = JSON.parse(
  readFileSync(new URL('../fixtures/v6.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

test('meeting 2, step 3: the projector shows the joined proposals by theme and those per wish', async ({
  page,
  context,
}) => {
  const id = await createProcess(page, 'Tandplejen');
  const stored = (await readStoredProcess<Record<string, unknown>>(page, id))!;
  await writeRecord(page, processKey(id), {
    ...stored,
    wishes: frozen.wishes,
    meeting2: frozen.meeting2,
  });
  await page.reload();
  await open(page, meetingRoutes.meeting2(id));
  const projector = await openProjector(page, context);
  await page
    .getByRole('group', { name: 'Projektoren viser' })
    .getByRole('button', { name: 'Forslag' })
    .click();

  const view = projector.getByRole('region', { name: 'Forslag til handling' });
  await expect(view).toBeVisible();
  const joined = view.getByRole('region', { name: 'Samlet efter tema' });
  await expect(joined.getByRole('region', { name: 'Pauser i planen' })).toContainText(
    'Pauserne lægges ind i kalender og vagtplan',
  );
  // The proposals per wish come next, on a page of their own the laptop turns to.
  await expect(projector.getByTestId('projector-page-of')).toHaveText('Side 1 af 2');
  await page.keyboard.press('PageDown');
  await expect(projector.getByTestId('projector-page-of')).toHaveText('Side 2 af 2');
  const byWish = view.getByRole('region', { name: 'Forslag pr. ønske' });
  await expect(
    byWish.getByRole('region', { name: 'Faste pauser, der bliver holdt, også på travle dage' }),
  ).toBeVisible();
  await expectNoAxeViolations(projector);

  for (const size of SIZES) {
    await projector.setViewportSize(size);
    // Readable from the back row: no text in the view below 2.2 % of the screen's height.
    const smallest = await view.evaluate((root) =>
      Math.min(
        ...[...root.querySelectorAll('h1, h2, h3, li')].map((el) =>
          Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    );
    expect(smallest, `${size.width}×${size.height}`).toBeGreaterThanOrEqual(0.022 * size.height);
    await projector.screenshot({
      path: `test-results/screenshots/projector-proposals-${size.width}.png`,
    });
  }
});
