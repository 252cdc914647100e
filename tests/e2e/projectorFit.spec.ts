import { expect, test, type Page } from '@playwright/test';
import { createProcess, open, waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { exampleWorkplace } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { controls, meetingRoutes, openProjector, processWithParticipants } from './helpers/meeting';

/**
 * Long lists on the projector page instead of shrinking: at each projector size every item
 * is reached by turning pages from the laptop, none sits under the toolbar, and no text on
 * the screen is below the readable minimum (2.2 % of the screen's height, --pj-min-text).
 */

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
const MIN_TEXT_SHARE = 0.022;
const SHOTS = 'test-results/screenshots';

interface RawWish {
  id: string;
  group: number;
  text: string;
}

/** Ten more wishes than the example workplace's 30, so the themed list has 40 (test data). */
const EXTRA_WISHES = [
  'En fast aftale om, hvem der rydder op efter frokost',
  'Bedre lys i puderummet',
  'Plads til at holde pause uden for huset',
  'Mere tid til at tale med nye forældre',
  'Klare aftaler om brug af telefoner på stuen',
  'Fælles indkøb af legetøj, så vi ikke køber dobbelt',
  'Et sted at stille barnevogne, der ikke spærrer gangen',
  'Kortere personalemøder med en fast dagsorden',
  'Mulighed for at bytte vagter i en app',
  'Hjælp til at løfte de tunge madvogne',
];

const at = '2027-01-12T13:40:00.000Z';

/** The example workplace's strengths and wishes (plus the ten above), in the app's shape. */
function wishesSection(options: { extra: boolean; themes: boolean; marks: number[] }) {
  const raw = exampleWorkplace().raw as unknown as {
    strengths: { group: number; items: string[] }[];
    wishes: RawWish[];
    themes: { heading: string; wishes: string[] }[];
  };
  const wishes: RawWish[] = [
    ...raw.wishes,
    ...(options.extra
      ? EXTRA_WISHES.map((text, i) => ({ id: `x${i + 1}`, group: (i % 11) + 1, text }))
      : []),
  ];
  const strengths = raw.strengths.flatMap((poster, p) =>
    poster.items.map((text, i) => ({ id: `s${p}-${i}`, text, group: poster.group, createdAt: at })),
  );
  // The example's seven themes, and every wish not in one spread over them.
  const themes = raw.themes.map((theme, i) => ({
    id: `theme-${i + 1}`,
    name: theme.heading,
    wishIds: [...theme.wishes],
  }));
  const themed = new Set(themes.flatMap((t) => t.wishIds));
  wishes
    .filter((w) => !themed.has(w.id))
    .forEach((w, i) => themes[i % themes.length]!.wishIds.push(w.id));
  return {
    strengths,
    wishes: wishes.map((w) => ({ ...w, createdAt: at, mergedInto: null, removedAt: null })),
    merges: [],
    marks: options.marks.map((delta, i) => ({
      id: `mark-${i}`,
      wishId: wishes[i]!.id,
      delta,
      at,
    })),
    selection: { target: 4, overrides: [], preliminary: true },
    assessments: [],
    analysisNotes: {
      strengths: '',
      connections: '',
      developmentAreas: '',
      keepChange: '',
      agreement: '',
      frame: '',
    },
    themes: options.themes ? themes : [],
  };
}

async function seeded(page: Page, wishes: ReturnType<typeof wishesSection>) {
  const id = await createProcess(page, 'Børnehuset Solsikken');
  const stored = (await readStoredProcess<Record<string, unknown>>(page, id))!;
  await writeRecord(page, processKey(id), { ...stored, wishes });
  await page.reload();
  await open(page, meetingRoutes.meeting1(id));
  return id;
}

/** What the projector shows now: each item's text and box, and the toolbar's box. */
async function screenState(projector: Page, itemSelector: string) {
  return projector.evaluate(
    ({ itemSelector, share }) => {
      const root = document.querySelector('[data-testid="projector"]')!;
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      const items = [...root.querySelectorAll(`.pp-page ${itemSelector}`)].map((el) => ({
        text: (el.textContent ?? '').trim(),
        box: box(el),
      }));
      const toolbar = root.querySelector('[data-testid="projector-toolbar"]')!;
      const min = share * window.innerHeight;
      // Every element that holds text of its own, as it is drawn.
      const small: string[] = [];
      for (const el of root.querySelectorAll('*')) {
        const own = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!own || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (size < min - 0.01) small.push(`${el.tagName} ${size}px "${el.textContent?.trim()}"`);
      }
      return {
        items,
        toolbar: box(toolbar),
        toolbarShown: getComputedStyle(toolbar).visibility === 'visible',
        viewport: { width: window.innerWidth, height: window.innerHeight },
        small,
      };
    },
    { itemSelector, share: MIN_TEXT_SHARE },
  );
}

const overlaps = (
  a: { top: number; bottom: number; left: number; right: number },
  b: { top: number; bottom: number; left: number; right: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * At each size: turns every page from the laptop (Page Down, and the buttons back), and
 * checks each page as the room sees it.
 */
async function pagesFit(
  page: Page,
  projector: Page,
  options: { view: string; name: string; itemSelector: string; expected: string[] },
) {
  const pageOf = projector.getByTestId('projector-page-of');
  const controllerPageOf = page.getByTestId('controller-page-of');
  for (const size of SIZES) {
    const label = `${options.name} ${size.width}×${size.height}`;
    await projector.setViewportSize(size);
    // The pages are made again for the new size; start at the first.
    const previous = page.getByRole('button', { name: 'Forrige side' });
    await expect(controllerPageOf).toHaveText(/Projektoren viser side \d+ af \d+/);
    while (await previous.isEnabled()) await previous.click();
    await expect(pageOf).toHaveText(/^Side 1 af \d+$/);
    const count = Number(/af (\d+)/.exec((await pageOf.textContent()) ?? '')?.[1]);
    expect(count, label).toBeGreaterThan(1);
    const reached: string[] = [];
    for (let n = 1; n <= count; n++) {
      await expect(pageOf).toHaveText(`Side ${n} af ${count}`);
      await expect(controllerPageOf).toHaveText(`Projektoren viser side ${n} af ${count}`);
      // The toolbar shows while the mouse moves over the projector; it must not cover a thing.
      await projector.mouse.move(size.width / 2, size.height / 2);
      await projector.mouse.move(size.width / 2 + 5, size.height / 2 + 5);
      await expect(projector.getByTestId('projector-toolbar')).toHaveCSS('visibility', 'visible');
      const state = await screenState(projector, options.itemSelector);
      expect(state.toolbarShown, label).toBe(true);
      expect(state.small, `${label}, page ${n}: text below the minimum`).toEqual([]);
      for (const item of state.items) {
        expect(
          overlaps(item.box, state.toolbar),
          `${label}: "${item.text}" under the toolbar`,
        ).toBe(false);
        expect(item.box.bottom, `${label}: "${item.text}" below the screen`).toBeLessThanOrEqual(
          state.viewport.height,
        );
        expect(item.box.right, `${label}: "${item.text}" off the screen`).toBeLessThanOrEqual(
          state.viewport.width,
        );
      }
      reached.push(...state.items.map((item) => item.text));
      await projector.screenshot({
        path: `${SHOTS}/projector-fit-${options.view}-${size.width}x${size.height}-p${n}.png`,
      });
      if (n < count) await page.keyboard.press('PageDown');
    }
    // Page Down on the last page stays there.
    await page.keyboard.press('PageDown');
    await expect(pageOf).toHaveText(`Side ${count} af ${count}`);
    expect(reached, `${label}: every item once, in order`).toEqual(options.expected);
    await page.keyboard.press('PageUp');
    await expect(pageOf).toHaveText(`Side ${count - 1} af ${count}`);
  }
}

async function show(page: Page, view: string) {
  await page
    .getByRole('group', { name: 'Projektoren viser' })
    .getByRole('button', { name: view, exact: true })
    .click();
}

const texts = (section: ReturnType<typeof wishesSection>, ids: string[]) =>
  ids.map((id) => section.wishes.find((w) => w.id === id)!.text);

test('the themed bruttoliste, 7 themes and 40 wishes, pages from the laptop', async ({
  page,
  context,
}) => {
  const section = wishesSection({ extra: true, themes: true, marks: [] });
  expect(section.wishes).toHaveLength(40);
  expect(section.themes).toHaveLength(7);
  await seeded(page, section);
  const projector = await openProjector(page, context);
  await show(page, 'Bruttoliste efter tema');
  await expect(
    projector.getByRole('heading', { level: 1, name: 'Bruttolisten samlet i temaer' }),
  ).toBeVisible();
  await expectNoAxeViolations(projector);
  await pagesFit(page, projector, {
    view: 'themed',
    name: 'themed list',
    itemSelector: '.pp-items > li',
    expected: texts(
      section,
      section.themes.flatMap((t) => t.wishIds),
    ),
  });
  await waitForSaved(page);
});

test('the ranking, 17 wishes with ties, pages from the laptop', async ({ page, context }) => {
  // Ties at ranks 4, 9, 12 and 14.
  const marks = [21, 17, 14, 13, 13, 8, 7, 6, 5, 5, 4, 3, 3, 2, 2, 2, 1];
  const section = wishesSection({ extra: false, themes: false, marks });
  await seeded(page, section);
  const projector = await openProjector(page, context);
  await show(page, 'Rangliste');
  await expect(projector.locator('.projected-list li.tied').first()).toBeVisible();
  await expectNoAxeViolations(projector);
  await pagesFit(page, projector, {
    view: 'ranking',
    name: 'ranking',
    itemSelector: '.projected-text',
    expected: texts(
      section,
      section.marks.map((m) => m.wishId),
    ),
  });
});

test('the gallery, 30 wishes on the groups’ posters, pages from the laptop', async ({
  page,
  context,
}) => {
  const section = wishesSection({ extra: false, themes: false, marks: [] });
  expect(section.wishes).toHaveLength(30);
  await seeded(page, section);
  const projector = await openProjector(page, context);
  await show(page, 'Galleri');
  await expect(projector.getByTestId('gallery-view')).toBeVisible();
  await expectNoAxeViolations(projector);
  // Before the meeting the gallery shows both walls: the strengths, then the wishes.
  const byGroup = <T extends { group: number }>(list: T[]) =>
    [...list].sort((a, b) => a.group - b.group);
  await pagesFit(page, projector, {
    view: 'gallery',
    name: 'gallery',
    itemSelector: '.pp-items > li',
    expected: [
      ...byGroup(section.strengths).map((s) => s.text),
      ...byGroup(section.wishes).map((w) => w.text),
    ],
  });
});

test('the groups of 300 people, 100 tiles, page from the laptop', async ({ page, context }) => {
  await processWithParticipants(page, 'Hospitalet', 300);
  const projector = await openProjector(page, context);
  await controls(page).getByRole('button', { name: 'Start mødet' }).click();
  await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
  await show(page, 'Grupper');
  await expect(projector.getByTestId('projector-count-off')).toBeVisible();
  await expectNoAxeViolations(projector);
  await pagesFit(page, projector, {
    view: 'groups',
    name: 'groups',
    itemSelector: '.pj-group-tile',
    expected: Array.from({ length: 100 }, (_, i) => `${i + 1}3 personer`),
  });
  await expectNoAxeViolations(page, { include: '.projector-controls' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page
    .locator('.projector-controls')
    .screenshot({ path: `${SHOTS}/controller-pages-1366x768.png` });
});
