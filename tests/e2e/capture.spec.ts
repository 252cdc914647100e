import { expect, test, type Locator, type Page } from '@playwright/test';
import { open, reloadWhenSaved, waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { exampleWorkplace } from './helpers/fixture';
import { controls, meetingRoutes, processWithParticipants } from './helpers/meeting';

/** Where screenshots go (SCREENSHOT_DIR keeps them apart from other runs' test-results). */
const SHOTS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** The fixture's posters, grouped as the file has them (texts stay in the fixture). */
interface Poster {
  group: number;
  items: string[];
}

function fixturePosters() {
  const raw = exampleWorkplace().raw as unknown as {
    strengths: Poster[];
    wishes: { group: number; text: string }[];
  };
  const wishes = new Map<number, string[]>();
  for (const wish of raw.wishes)
    wishes.set(wish.group, [...(wishes.get(wish.group) ?? []), wish.text]);
  return {
    strengths: raw.strengths,
    wishes: [...wishes].map(([group, items]) => ({ group, items })),
  };
}

/**
 * Types each poster's lines with Enter, group by group, without leaving the input:
 * Alt+↓ moves to the next group.
 */
async function typePosters(
  page: Page,
  input: Locator,
  posters: Poster[],
  label: (n: number) => string,
) {
  await input.focus();
  let group = 1;
  for (const poster of posters) {
    while (group < poster.group) {
      await page.keyboard.press('Alt+ArrowDown');
      group += 1;
    }
    await expect(input).toHaveAccessibleName(label(group));
    for (const line of poster.items) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
      await expect(input).toHaveValue('');
      await expect(input).toBeFocused();
    }
  }
}

/**
 * The gallery's posters as the room sees them, page by page (the laptop turns the pages with
 * Page Down): each poster's heading and its lines, a poster that runs on to the next column
 * or page included once.
 */
async function postersOnEveryPage(page: Page, projector: Page): Promise<Map<string, string[]>> {
  const gallery = projector.getByTestId('gallery-view');
  const pageOf = projector.getByTestId('projector-page-of');
  const found = new Map<string, string[]>();
  for (let n = 1; ; n++) {
    await expect(gallery.locator('.pp-page')).toBeVisible();
    for (const poster of await gallery.locator('.pp-page article').all()) {
      const name = (await poster.getByRole('heading').textContent())!.replace(' (fortsat)', '');
      found.set(name, [
        ...(found.get(name) ?? []),
        ...(await poster.locator('li').allTextContents()),
      ]);
    }
    const of = (await pageOf.count()) > 0 ? await pageOf.textContent() : null;
    if (!of || of.endsWith(`${n} af ${n}`)) return found;
    await page.keyboard.press('PageDown');
    await expect(pageOf).toHaveText(new RegExp(`^Side ${n + 1} af`));
  }
}

async function expectPosters(section: Locator, testId: string, posters: Poster[]) {
  for (const poster of posters) {
    const group = section.getByTestId(`${testId}-group-${poster.group}`);
    await expect(group.locator('.capture-text')).toHaveText(poster.items);
  }
}

test.describe('capture of meeting 1', () => {
  test('strengths and wishes by keyboard, per group, a parked topic; all there after a reload', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const fixture = exampleWorkplace();
    const posters = fixturePosters();
    const id = await processWithParticipants(page, fixture.workplace, fixture.participants);

    // The interview step: the gallery of strengths.
    await page.getByRole('button', { name: 'Gå til: Interview i 3-mandsgrupper' }).click();
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    const strengths = page.getByTestId('strengths-capture');
    await expect(strengths.getByText('11 grupper ud fra 34 deltagere.')).toBeVisible();

    // An empty line is refused with a message.
    const strengthInput = strengths.getByRole('textbox', { name: /^Styrke fra gruppe/ });
    await strengthInput.press('Enter');
    await expect(strengths.getByRole('alert')).toHaveText('Skriv noget, før du trykker Enter.');

    await typePosters(page, strengthInput, posters.strengths, (n) => `Styrke fra gruppe ${n}`);
    await expectPosters(strengths, 'strengths-capture', posters.strengths);
    await expectNoAxeViolations(page);

    // The brainstorm step: wishes and dreams per group.
    await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
    const wishes = page.getByTestId('wishes-capture');
    await expect(wishes.getByText('6 grupper ud fra 34 deltagere.')).toBeVisible();
    const wishInput = wishes.getByRole('textbox', { name: /^Ønske eller drøm fra gruppe/ });
    await typePosters(page, wishInput, posters.wishes, (n) => `Ønske eller drøm fra gruppe ${n}`);
    await expectPosters(wishes, 'wishes-capture', posters.wishes);

    // A topic for the parking lot, parked in this step.
    const parking = page.getByTestId('parking-panel');
    await parking
      .getByRole('textbox', { name: 'Parkér et emne' })
      .fill('Udskiftning af legepladsens gynger');
    await parking.getByRole('textbox', { name: 'Parkér et emne' }).press('Enter');
    await expect(parking.getByRole('listitem')).toContainText(
      '1. dialogmøde · Brainstorm i 6-mandsgrupper',
    );
    await expectNoAxeViolations(page);

    await reloadWhenSaved(page);
    await expectPosters(page.getByTestId('wishes-capture'), 'wishes-capture', posters.wishes);
    await expect(page.getByTestId('parking-panel').getByRole('listitem')).toHaveCount(1);

    // The projector's gallery shows every poster.
    await waitForSaved(page);
    const projector = await context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(meetingRoutes.projector(id));
    await page.getByRole('button', { name: 'Galleri' }).click();
    const gallery = projector.getByTestId('gallery-view');
    await expect(gallery).toBeVisible();
    // Every line is on a page of the gallery: the laptop turns to each.
    const strengthWall = await postersOnEveryPage(page, projector);
    for (const poster of posters.strengths)
      expect(strengthWall.get(`Gruppe ${poster.group}`)).toEqual(poster.items);
    await expectNoAxeViolations(projector);
    await projector.screenshot({
      path: `${SHOTS}/capture-gallery-1920x1080.png`,
      fullPage: true,
    });
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.screenshot({ path: `${SHOTS}/capture-gallery-1280x720.png` });

    await page.getByRole('button', { name: 'Parkeringsplads', exact: true }).click();
    await expect(projector.getByTestId('parking-view')).toContainText(
      'Udskiftning af legepladsens gynger',
    );
    await expectNoAxeViolations(projector);
    await projector.screenshot({ path: `${SHOTS}/capture-parking-1280x720.png` });

    // At the joint summary the gallery turns to the wish posters.
    await page.getByRole('button', { name: 'Ur og punkt' }).click();
    await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
    await page.getByRole('button', { name: 'Galleri' }).click();
    await expect(gallery.getByRole('heading', { level: 2 })).toHaveText('Vores ønsker og drømme');
    const wishWall = await postersOnEveryPage(page, projector);
    for (const poster of posters.wishes)
      expect(wishWall.get(`Gruppe ${poster.group}`)).toEqual(poster.items);
    await expectNoAxeViolations(projector);
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.screenshot({ path: `${SHOTS}/capture-wishes-1920x1080.png` });

    // Back on the interview step, the strengths are all there after the reload too.
    await page.getByRole('button', { name: 'Ur og punkt' }).click();
    await controls(page).getByRole('button', { name: 'Forrige punkt' }).click();
    await controls(page).getByRole('button', { name: 'Forrige punkt' }).click();
    await expectPosters(
      page.getByTestId('strengths-capture'),
      'strengths-capture',
      posters.strengths,
    );

    // The parking lot carries into the assessment meeting, where the AMG triages it.
    await open(page, `/#/proces/${encodeURIComponent(id)}/vurderingsmoede`);
    const triage = page.getByTestId('parking-triage');
    const topic = triage.getByRole('listitem');
    await expect(topic).toContainText('1. dialogmøde · Brainstorm i 6-mandsgrupper');
    await topic.getByRole('radio', { name: 'Til handleplanen' }).check();
    await topic.getByLabel('Note').fill('Tages op med ledelsen');
    await topic.getByLabel('Note').blur();
    await expect(triage).toContainText('0 af 1 emne er stadig åbne.');
    await expectNoAxeViolations(page, { include: '[data-testid="parking-triage"]' });
    await reloadWhenSaved(page);
    await expect(
      page.getByTestId('parking-triage').getByRole('radio', { name: 'Til handleplanen' }),
    ).toBeChecked();
    await expect(page.getByTestId('parking-triage').getByLabel('Note')).toHaveValue(
      'Tages op med ledelsen',
    );
  });
});
