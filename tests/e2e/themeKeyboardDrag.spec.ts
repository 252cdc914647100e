import { expect, test, type Page } from '@playwright/test';
import { createProcess, open } from './helpers/app';
import { exampleWorkplace } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';

const raw = exampleWorkplace().raw as unknown as {
  wishes: { id: string; group: number; text: string }[];
  themes: { heading: string }[];
};
const AT = '2027-01-20T10:00:00.000Z';
const wishes = raw.wishes.slice(0, 6);
const headings = raw.themes.slice(0, 2).map((t) => t.heading);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Over one of the themes (not the wishes under no theme, where the drag starts). */
const overTheme = headings.map(escapeRe).join('|');

/** Waits until the page has stopped scrolling: a keyboard drag scrolls its target into view. */
async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

test('a wish is dragged into a theme with the keyboard alone, and a drag can be called off', async ({
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
      themes: headings.map((name, i) => ({ id: `t${i}`, name, wishIds: [] })),
    },
  });
  await page.reload();
  await page.setViewportSize({ width: 1280, height: 1400 });
  await open(page, `/#/proces/${encodeURIComponent(id)}/vurderingsmoede`);
  const board = page.locator('.theme-board');
  const themeOf = (text: string) => board.getByLabel(`Flyt »${text}« til tema`);
  // The board's own message, and dnd-kit's running commentary for screen readers.
  const status = board.locator('p[role="status"]');
  const commentary = page.locator('[id^="DndLiveRegion"]');

  // Space lifts the wish, an arrow key carries it up to the themes, Space drops it there.
  const first = wishes[0]!.text;
  await board.getByRole('button', { name: `Træk »${first}«` }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.drag-preview')).toContainText(first);
  await page.keyboard.press('ArrowUp');
  await scrollSettled(page);
  await expect(commentary).toHaveText(new RegExp(`^»${escapeRe(first)}« er over (${overTheme})`));
  await page.keyboard.press('Space');
  // Said once, by the board: where the wish is now (dnd-kit's commentary adds nothing).
  await expect(status).toContainText(`»${first}« står nu under`);
  await expect(commentary).not.toContainText('sluppet');
  await expect(themeOf(first)).not.toHaveValue('');

  // Escape calls a drag off: the wish stays where it was.
  const second = wishes[1]!.text;
  await board.getByRole('button', { name: `Træk »${second}«` }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.drag-preview')).toContainText(second);
  await page.keyboard.press('ArrowUp');
  await expect(commentary).toHaveText(new RegExp(`^»${escapeRe(second)}« er over (${overTheme})`));
  await page.keyboard.press('Escape');
  await expect(commentary).toHaveText(`Flytningen af »${second}« er fortrudt.`);
  await expect(page.locator('.drag-preview')).toHaveCount(0);
  await expect(themeOf(second)).toHaveValue('');

  // Lifted and dropped again without moving: it stays, and the commentary says so.
  await board.getByRole('button', { name: `Træk »${second}«` }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.drag-preview')).toContainText(second);
  await page.keyboard.press('Space');
  await expect(commentary).toHaveText(`»${second}« er sluppet og bliver, hvor det var.`);
  await expect(themeOf(second)).toHaveValue('');
});
