import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  createProcess,
  fillAndCommit,
  open,
  reloadWhenSaved,
  routes,
  waitForSaved,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { FIXTURE_PATH } from './helpers/fixture';

/** The parts of the example workplace this spec uses (read, never copied into src). */
interface Fixture {
  participants: number;
  wishes: { id: string; group: number; text: string }[];
  duplicates: string[][];
  marks: Record<string, number>;
  themes: { heading: string; wishes: string[] }[];
  assessment: { wish: string; decision: string; note: string }[];
}
const fixture = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Fixture;
const textOf = (id: string) => fixture.wishes.find((w) => w.id === id)?.text ?? '';
const MERGED = fixture.duplicates.slice(0, 3);
const mergedAway = new Set(MERGED.flatMap(([, ...sources]) => sources));
const listed = fixture.wishes.filter((w) => !mergedAway.has(w.id));
const DECISIONS: Record<string, string> = {
  work: 'Arbejd videre med det',
  partly: 'Delvist',
  'not-now': 'Ikke nu',
};

const bruttolisteUrl = (id: string) => `/#/proces/${encodeURIComponent(id)}/bruttoliste`;
const assessmentUrl = (id: string) => `/#/proces/${encodeURIComponent(id)}/vurderingsmoede`;
const printUrl = (id: string) => `/#/proces/${encodeURIComponent(id)}/bruttoliste/udskrift`;

/** A whole-page picture; the long lists' chunks are drawn even where the viewport would skip them. */
async function shot(page: Page, name: string) {
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: true,
    style: '.chunked-list, .list-chunk { content-visibility: visible !important; }',
  });
}

test('from flip-overs to an assessed, themed bruttoliste that survives a reload', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const id = await createProcess(page, 'Solsikken – bruttoliste');
  await open(page, routes.preparation(id));
  await fillAndCommit(
    page.getByLabel('Antal deltagere i dialogmøderne'),
    String(fixture.participants),
  );
  await waitForSaved(page);

  // 1. Type in the 30 wishes from the groups' posters.
  await open(page, bruttolisteUrl(id));
  const text = page.getByLabel('Ønske eller drøm');
  const group = page.getByRole('textbox', { name: 'Gruppe' });
  for (const wish of fixture.wishes) {
    await group.fill(String(wish.group));
    await text.fill(wish.text);
    await text.press('Enter');
    await expect(text).toHaveValue('');
  }
  const list = page.getByRole('region', { name: 'Bruttolisten' });
  await expect(list.getByText(`${fixture.wishes.length} ønsker`, { exact: true })).toBeVisible();

  // 2. Merge three sets of duplicates, keeping the first wording.
  for (const set of MERGED) {
    for (const wishId of set) {
      await list.getByRole('checkbox', { name: `Vælg »${textOf(wishId)}«` }).check();
    }
    await page.getByRole('button', { name: 'Slå sammen', exact: true }).click();
    await expect(list.getByRole('checkbox', { name: `Vælg »${textOf(set[1]!)}«` })).toHaveCount(0);
  }
  await expect(list.getByText(`${listed.length} ønsker`, { exact: true })).toBeVisible();
  await expect(list.getByText('Slået sammen med:')).toHaveCount(3);

  // 3. Count the marks with the keyboard alone: number, Enter, next wish.
  const counting = page.getByRole('region', { name: 'Optælling af streger' });
  await counting.getByLabel(`Streger for »${listed[0]!.text}«`).focus();
  for (const wish of listed) {
    await expect(counting.getByLabel(`Streger for »${wish.text}«`)).toBeFocused();
    await page.keyboard.type(String(fixture.marks[wish.id] ?? 0));
    await page.keyboard.press('Enter');
  }
  const available = fixture.participants * 3;
  const used = Object.values(fixture.marks).reduce((a, b) => a + b, 0);
  await expect(counting.getByText(`${used} af ${available} streger er talt op`)).toBeVisible();

  // 4. The top five are pre-selected, marked preliminary.
  const ranking = page.getByRole('region', { name: 'Rangliste' });
  await expect(ranking.getByText('Foreløbig – input til vurderingsmødet')).toBeVisible();
  const top5 = Object.entries(fixture.marks)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([wishId]) => wishId);
  for (const wishId of top5) {
    await expect(
      ranking.getByRole('checkbox', { name: `Tag »${textOf(wishId)}« med videre` }),
    ).toBeChecked();
  }
  await expect(ranking.getByText('5 ønsker går videre')).toBeVisible();
  await waitForSaved(page);
  await expectNoAxeViolations(page);
  await shot(page, 'bruttoliste-page');

  // 5. Assessment meeting: note and decide on each selected wish.
  await open(page, assessmentUrl(id));
  await expect(page.getByRole('heading', { level: 1, name: 'Vurderingsmøde' })).toBeVisible();
  await fillAndCommit(
    page.getByLabel('Noter: Arbejdspladsens styrker'),
    'Mange konkrete eksempler fra galleriet',
  );
  for (const wishId of top5) {
    const item = page.getByRole('listitem', { name: textOf(wishId) });
    const verdict = fixture.assessment.find((a) => a.wish === wishId);
    await fillAndCommit(item.getByLabel('Vurdering'), verdict?.note ?? 'Vurderet');
    await item.getByRole('radio', { name: DECISIONS[verdict?.decision ?? 'work'] }).check();
  }
  // "Not now" asks for a reason before it is saved.
  const notNow = fixture.assessment.find((a) => a.decision === 'not-now')!;
  await page.getByLabel('Vis alle ønsker på bruttolisten').check();
  const parked = page.getByRole('listitem', { name: textOf(notNow.wish) });
  await parked.getByRole('radio', { name: 'Ikke nu' }).check();
  await expect(parked.getByRole('alert')).toContainText('Skriv en begrundelse');
  await fillAndCommit(parked.getByLabel('Begrundelse'), notNow.note);
  await expect(parked.getByText(`Ikke nu: ${notNow.note}`)).toBeVisible();

  // 6. Themes: create the headings, then move wishes by keyboard and one by drag and drop.
  const board = page.getByRole('region', { name: 'Temaer' });
  const themed = fixture.themes.filter((th) => th.wishes.some((w) => top5.includes(w)));
  for (const theme of themed) {
    await board.getByLabel('Navn på nyt tema').fill(theme.heading);
    await board.getByRole('button', { name: 'Opret tema' }).click();
  }
  await board.getByLabel('Navn på nyt tema').fill(themed[0]!.heading.toUpperCase());
  await board.getByRole('button', { name: 'Opret tema' }).click();
  await expect(board.getByRole('alert')).toContainText('Der findes allerede et tema med det navn');

  const placements = themed.flatMap((th) =>
    th.wishes.filter((w) => top5.includes(w)).map((w) => [w, th.heading] as const),
  );
  const [dragged, ...byKeyboard] = placements;
  for (const [wishId, heading] of byKeyboard) {
    // The select lists the themes once it is in use (focused).
    const select = board.getByLabel(`Flyt »${textOf(wishId)}« til tema`);
    await select.focus();
    await select.selectOption({ label: heading });
  }
  // Drag the first one by its handle onto its theme.
  const handle = board.getByRole('button', { name: `Træk »${textOf(dragged![0])}«` });
  const target = board.getByRole('region', { name: new RegExp(`^${dragged![1]}`) });
  // Both ends of the drag must be on screen: a tall window, the theme columns at the top.
  await page.setViewportSize({ width: 1280, height: 2000 });
  await target.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 15 });
  // On the way, a picture of the wish follows the pointer over the theme.
  const preview = page.locator('.drag-preview');
  await expect(preview).toContainText(textOf(dragged![0]));
  const over = (await preview.boundingBox())!;
  expect(over.y).toBeLessThan(to.y + to.height);
  expect(over.y + over.height).toBeGreaterThan(to.y);
  await page.mouse.up();
  await expect(preview).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const [wishId, heading] of placements) {
    await expect(board.getByLabel(`Flyt »${textOf(wishId)}« til tema`)).toHaveValue(
      (await board
        .getByLabel(`Flyt »${textOf(wishId)}« til tema`)
        .locator('option', { hasText: heading })
        .getAttribute('value')) ?? '',
    );
  }
  await waitForSaved(page);
  await expectNoAxeViolations(page);
  await shot(page, 'assessment-page');
  await board.screenshot({
    path: 'test-results/screenshots/assessment-themes.png',
    style: '.chunked-list, .list-chunk { content-visibility: visible !important; }',
  });

  // 7. Reload: everything is still there.
  await reloadWhenSaved(page);
  const item = page.getByRole('listitem', { name: textOf(top5[0]!) });
  await expect(item.getByLabel('Vurdering')).not.toHaveValue('');
  await expect(page.getByLabel('Noter: Arbejdspladsens styrker')).toHaveValue(
    'Mange konkrete eksempler fra galleriet',
  );
  for (const [wishId, heading] of placements) {
    const column = page.getByRole('region', { name: new RegExp(`^${heading}`) });
    await expect(column.getByText(textOf(wishId), { exact: true })).toBeVisible();
  }
  await open(page, bruttolisteUrl(id));
  await expect(page.getByText('Slået sammen med:')).toHaveCount(3);
  await expect(page.getByText(`${used} af ${available} streger er talt op`)).toBeVisible();
  await expect(page.getByText('5 ønsker går videre')).toBeVisible();

  // 8. The clean bruttoliste for print, on A4 and as an A3 poster.
  await open(page, printUrl(id));
  const sheet = page.getByRole('article', { name: 'Renskrevet bruttoliste' });
  for (const theme of themed) {
    await expect(sheet.getByRole('heading', { level: 2, name: theme.heading })).toBeVisible();
  }
  await page.getByLabel('Vurdering og beslutning').check();
  await expect(sheet.getByText(notNow.note, { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'print-a4');
  await page.getByLabel('A3 til væggen').check();
  await expect
    .poll(() =>
      page.evaluate(() =>
        // The page rule is a constructed style sheet (the CSP allows no inline <style>).
        [...document.querySelectorAll('style')]
          .map((s) => s.textContent ?? '')
          .concat(document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)))
          .some((text) => /size: A3/i.test(text)),
      ),
    )
    .toBe(true);
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'print-poster');
  await page.emulateMedia({ media: 'screen' });

  // 9. The projector's ranking (chosen from the meeting controller), large and dark.
  await open(page, `/#/proces/${encodeURIComponent(id)}/dialogmoede-1`);
  await page.getByRole('button', { name: 'Rangliste', exact: true }).click();
  await waitForSaved(page);
  await page.goto(`/#/projektor/${encodeURIComponent(id)}`);
  const projected = page.getByRole('region', { name: 'Rangliste' });
  await expect(projected.getByText(textOf(top5[0]!))).toBeVisible();
  await expect(projected.getByText('Foreløbig – input til vurderingsmødet')).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, 'projector-ranking');
});
