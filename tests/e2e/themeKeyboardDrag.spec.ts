import { expect, test, type Page } from '@playwright/test';
import { createProcess, open, reloadWhenSaved, waitForSaved } from './helpers/app';
import { exampleWorkplace } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';

const raw = exampleWorkplace().raw as unknown as {
  wishes: { id: string; group: number; text: string }[];
  themes: { heading: string }[];
};
const AT = '2027-01-20T10:00:00.000Z';
const wishes = raw.wishes.slice(0, 6);
const [calm, sound] = raw.themes.slice(0, 2).map((t) => t.heading) as [string, string];
const text = (id: string) => wishes.find((w) => w.id === id)!.text;
const NO_THEME = 'Uden tema';

/** A board whose themes already hold wishes; three wishes under no theme. */
const themes = [
  { id: 't0', name: calm, wishIds: ['w06', 'w03'] },
  { id: 't1', name: sound, wishIds: ['w02'] },
];

/**
 * Waits until dnd-kit's keyboard sensor listens for the next key. After the lift it adds its
 * keydown listener in a `setTimeout(0)`; a key pressed before that is lost. A zero timer set now
 * runs after that one (timers of the same delay run in the order they were set).
 */
async function sensorListening(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** Each column's heading and its wishes' texts, in the order the board shows them. */
function layout(page: Page) {
  return page
    .locator('.theme-board .theme-column')
    .evaluateAll((columns) =>
      columns.map((column) => [
        column.querySelector('h3')?.firstChild?.textContent?.trim() ?? '',
        [...column.querySelectorAll('.theme-wish-text')].map((e) => e.textContent),
      ]),
    );
}

test('a wish is dragged with the keyboard into a theme, between themes and back, on a filled board', async ({
  page,
}) => {
  const id = await createProcess(page, 'Tastaturtræk');
  const stored = (await readStoredProcess<Record<string, Record<string, unknown>>>(page, id))!;
  await writeRecord(page, processKey(id), {
    ...stored,
    wishes: {
      ...stored.wishes,
      wishes: wishes.map((w) => ({
        id: w.id,
        text: w.text,
        group: w.group,
        createdAt: AT,
        mergedInto: null,
        removedAt: null,
      })),
      themes,
    },
  });
  await page.reload();
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, `/#/proces/${encodeURIComponent(id)}/vurderingsmoede`);
  const board = page.locator('.theme-board');
  const handle = (wishId: string) =>
    board.getByRole('button', { name: `Træk »${text(wishId)}«`, exact: true });
  // The board's own message, and dnd-kit's running commentary for screen readers.
  const status = board.locator('p[role="status"]');
  const commentary = page.locator('[id^="DndLiveRegion"]');
  const said = (wishId: string, rest: string) =>
    expect(commentary).toHaveText(`»${text(wishId)}« ${rest}`);
  const press = async (key: string, wishId: string, rest: string) => {
    await page.keyboard.press(key);
    await said(wishId, rest);
  };

  /** Space on the wish's handle: lifted, and over its own place, told as nothing more. */
  const lift = async (wishId: string) => {
    await handle(wishId).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.drag-preview')).toContainText(text(wishId));
    await said(wishId, 'er løftet.');
    await sensorListening(page);
    await said(wishId, 'er løftet.');
  };

  await expect
    .poll(() => layout(page))
    .toEqual([
      [calm, [text('w06'), text('w03')]],
      [sound, [text('w02')]],
      [NO_THEME, [text('w01'), text('w04'), text('w05')]],
    ]);

  // Into a theme: from under no theme, up to the end of the theme before.
  await lift('w01');
  await expect(board.locator('.theme-column.over')).toHaveClass(/unthemed/);
  await press('ArrowUp', 'w01', `er over ${sound}, plads 2 af 2.`);
  await page.keyboard.press('Space');
  // Said once, by the board: where the wish is now (dnd-kit's commentary adds nothing).
  await expect(status).toHaveText(`»${text('w01')}« står nu under ${sound}.`);
  await expect(commentary).toHaveText(`»${text('w01')}« er over ${sound}, plads 2 af 2.`);
  await expect(handle('w01')).toBeFocused();
  await expect
    .poll(() => layout(page))
    .toEqual([
      [calm, [text('w06'), text('w03')]],
      [sound, [text('w02'), text('w01')]],
      [NO_THEME, [text('w04'), text('w05')]],
    ]);

  // Between themes: up past the wish before it, into the theme before, before its last wish.
  await lift('w01');
  await press('ArrowUp', 'w01', `er over ${sound}, plads 1 af 2.`);
  await press('ArrowUp', 'w01', `er over ${calm}, plads 3 af 3.`);
  await press('ArrowUp', 'w01', `er over ${calm}, plads 2 af 3.`);
  await page.keyboard.press('Space');
  await expect(status).toHaveText(`»${text('w01')}« står nu under ${calm}.`);
  await expect
    .poll(() => layout(page))
    .toEqual([
      [calm, [text('w06'), text('w01'), text('w03')]],
      [sound, [text('w02')]],
      [NO_THEME, [text('w04'), text('w05')]],
    ]);

  // Back to no theme: right, one column at a time.
  await lift('w06');
  await press('ArrowRight', 'w06', `er over ${sound}, plads 2 af 2.`);
  await press('ArrowRight', 'w06', `er over ${NO_THEME}.`);
  await expect(board.locator('.theme-column.over')).toHaveClass(/unthemed/);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`»${text('w06')}« står nu under ${NO_THEME}.`);
  await expect(board.getByLabel(`Flyt »${text('w06')}« til tema`)).toHaveValue('');

  // Escape calls a drag off: the wish stays where it was.
  await lift('w02');
  await press('ArrowLeft', 'w02', `er over ${calm}, plads 3 af 3.`);
  await page.keyboard.press('Escape');
  await expect(commentary).toHaveText(`Flytningen af »${text('w02')}« er fortrudt.`);
  await expect(page.locator('.drag-preview')).toHaveCount(0);

  // Lifted and dropped again without moving: it stays, under a theme or under none.
  await lift('w03');
  await page.keyboard.press('Space');
  await said('w03', 'er sluppet og bliver, hvor det var.');
  await lift('w04');
  await page.keyboard.press('Space');
  await said('w04', 'er sluppet og bliver, hvor det var.');

  const final = [
    [calm, [text('w01'), text('w03')]],
    [sound, [text('w02')]],
    [NO_THEME, [text('w04'), text('w05'), text('w06')]],
  ];
  await expect.poll(() => layout(page)).toEqual(final);

  // Saved: the same board after a reload, from IndexedDB.
  await waitForSaved(page);
  const saved = (await readStoredProcess<{ wishes: { themes: typeof themes } }>(page, id))!;
  expect(saved.wishes.themes.map((t) => [t.id, t.wishIds])).toEqual([
    ['t0', ['w01', 'w03']],
    ['t1', ['w02']],
  ]);
  await reloadWhenSaved(page);
  await expect.poll(() => layout(page)).toEqual(final);
});
