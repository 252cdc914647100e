import { median, p95, ratio, round } from '../lib/stats.mjs';

const REPS = 40;
const AT = '2026-11-25T10:00:00.000Z';

/** Runs one request against the app's object store ('apv-dialog' / 'documents'). */
function idb(page, mode, key, value) {
  return page.evaluate(
    ({ mode, key, value }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('apv-dialog');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('documents', mode);
          const store = tx.objectStore('documents');
          let result;
          if (mode === 'readonly') {
            const r = store.get(key);
            r.onsuccess = () => (result = r.result);
          } else store.put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { mode, key, value },
  );
}

/** The stored document with `WISHES` wishes, three marks each, and 5 themes. */
function withWishes(doc, WISHES) {
  const MARKS = 3 * WISHES;
  const wishes = Array.from({ length: WISHES }, (_, i) => ({
    id: `bw${i}`,
    text: `Ønske nr. ${i + 1} om trivsel, ro og fællesskab i hverdagen`,
    group: (i % 100) + 1,
    createdAt: AT,
    mergedInto: null,
    removedAt: null,
  }));
  const marks = Array.from({ length: MARKS }, (_, i) => ({
    id: `bm${i}`,
    wishId: `bw${(i * 7919) % WISHES}`,
    delta: 1,
    at: AT,
  }));
  const themes = Array.from({ length: 5 }, (_, i) => ({
    id: `bt${i}`,
    name: `Tema ${i + 1}`,
    wishIds: [],
  }));
  return {
    ...doc,
    people: { ...doc.people, participants: MARKS / 3 },
    wishes: { ...doc.wishes, wishes, marks, themes, merges: [] },
  };
}

/** Page side: runs `act` (a user event), then waits two animation frames: the next paint. */
const PAINT = `window.__paint = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));`;

async function settle(page) {
  await page.evaluate(() => window.__paint());
  await page.waitForTimeout(30);
}

/**
 * Times `act` in the page: from the event to the second animation frame after it. `floor`
 * is a no-op through the same element and the same two frames: what the figure cannot go under.
 */
async function timed(page, fn, arg) {
  const ms = await page.evaluate(fn, arg);
  await settle(page);
  return ms;
}

/**
 * One document of `wishes` wishes: mark, merge, move with the select and by keyboard drag, each
 * beside its floor, interleaved.
 */
async function runAt(context, baseURL, wishes) {
  const page = await context.newPage();
  await page.goto(`${baseURL}/#/`);
  await page.getByLabel('Arbejdsplads eller afdeling').fill(`Bench: ${wishes} ønsker`);
  await page.getByRole('button', { name: 'Opret proces' }).click();
  await page.getByRole('heading', { level: 1, name: `Bench: ${wishes} ønsker` }).waitFor();
  await page.getByTestId('save-state').filter({ hasText: 'Alt er gemt' }).waitFor();
  const id = decodeURIComponent(/#\/proces\/([^/?#]+)/.exec(page.url())[1]);
  const key = `process:${id}`;
  const stored = await idb(page, 'readonly', key);
  await idb(page, 'readwrite', key, withWishes(stored, wishes));
  const s = {
    mark: [],
    markFloor: [],
    merge: [],
    mergeFloor: [],
    move: [],
    moveFloor: [],
    drag: [],
    dragFloor: [],
  };

  await page.goto(`${baseURL}/#/proces/${encodeURIComponent(id)}/bruttoliste`);
  await page.reload();
  await page.locator(`input[data-count-index="${wishes - 1}"]`).waitFor({ timeout: 60_000 });
  await page.evaluate(PAINT);
  const keyAt = async (index, k) =>
    timed(
      page,
      async ({ index, k }) => {
        const input = document.querySelector(`input[data-count-index="${index}"]`);
        input.focus();
        const t0 = performance.now();
        input.dispatchEvent(
          new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }),
        );
        await window.__paint();
        return performance.now() - t0;
      },
      { index, k },
    );
  for (let i = 0; i < REPS; i++) {
    const index = (i * 31) % wishes;
    s.markFloor.push(await keyAt(index, 'Shift')); // a key the count field ignores
    s.mark.push(await keyAt(index, '+'));
  }

  // Merging two wishes: two checkboxes, then the merge button (timed). Floor: a key the
  // button ignores, on the same button, with the same two wishes selected.
  const merges = Math.min(REPS, Math.floor(wishes / 2) - 1);
  for (let i = 0; i < merges; i++) {
    const [floor, ms] = await page.evaluate(
      async ({ a, b }) => {
        const box = (n) =>
          document.querySelector(`input[type="checkbox"][aria-label^="Vælg »Ønske nr. ${n} "]`);
        box(a).click();
        box(b).click();
        await window.__paint();
        const button = document.querySelector('.merge-panel button[type="submit"]');
        let t0 = performance.now();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
        await window.__paint();
        const floor = performance.now() - t0;
        t0 = performance.now();
        button.click();
        await window.__paint();
        return [floor, performance.now() - t0];
      },
      { a: 1 + 2 * i, b: 2 + 2 * i },
    );
    s.mergeFloor.push(floor);
    s.merge.push(ms);
    await settle(page);
  }

  // Moving a wish to a theme with the "Flyt til tema" select on the assessment page. Floor:
  // the same select's change event with the value it already has.
  await page.goto(`${baseURL}/#/proces/${encodeURIComponent(id)}/vurderingsmoede`);
  await page.locator(`select[data-move-select="bw${wishes - 1}"]`).waitFor({ timeout: 60_000 });
  await page.evaluate(PAINT);
  const change = async (wishId, themeId) =>
    timed(
      page,
      async ({ wishId, themeId }) => {
        const select = document.querySelector(`select[data-move-select="${wishId}"]`);
        // In use, the select lists every theme (untimed: the user focuses it first).
        select.focus();
        await window.__paint();
        const t0 = performance.now();
        select.value = themeId ?? select.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await window.__paint();
        return performance.now() - t0;
      },
      { wishId, themeId },
    );
  const movable = await page.evaluate(() =>
    [...document.querySelectorAll('select[data-move-select]')].map((e) => e.dataset.moveSelect),
  );
  for (let i = 0; i < REPS; i++) {
    const wishId = movable[(i * 7) % movable.length];
    s.moveFloor.push(await change(wishId, null));
    s.move.push(await change(wishId, `bt${i % 5}`));
  }

  // Moving a wish by keyboard drag on the same page's board: lift the first wish under a theme
  // (Space), ArrowRight into the next column, then the drop (Space, timed), which records the
  // move. Floor: the same lift and drop without moving, which changes nothing.
  const board = page.locator('.theme-board');
  const commentary = page.locator('[id^="DndLiveRegion"]');
  const lift = async (handle) => {
    await handle.focus();
    await page.keyboard.press('Space');
    await commentary.filter({ hasText: 'er løftet.' }).waitFor();
    // dnd-kit's keyboard sensor adds its keydown listener in a setTimeout(0) after the lift.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  };
  const drop = () =>
    timed(page, async () => {
      const t0 = performance.now();
      document.activeElement.dispatchEvent(
        new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }),
      );
      await window.__paint();
      return performance.now() - t0;
    });
  const themed = board.locator('.theme-column:not(.unthemed) .drag-handle');
  for (let i = 0; i < REPS && (await themed.count()) > 0; i++) {
    const handle = themed.first();
    const text = /»(.*)«/.exec(await handle.getAttribute('aria-label'))[1];
    await lift(handle);
    s.dragFloor.push(await drop());
    await commentary.filter({ hasText: 'bliver, hvor det var' }).waitFor();
    await lift(handle);
    await page.keyboard.press('ArrowRight');
    await commentary.filter({ hasText: 'er over' }).waitFor();
    s.drag.push(await drop());
    const status = board.locator('p[role="status"]');
    await status.filter({ hasText: `»${text}« står nu under` }).waitFor();
  }
  await page.close();
  return s;
}

const LARGE = 1_000;
const SMALL = 30;

/**
 * wishesLatency: mark (+), merge, move by select and by keyboard drag; each beside its floor, at
 * 1,000 and 30 wishes.
 */
export default {
  name: 'Wishes: mark, merge, move and drag latency beside its floor, 1,000 vs 30 wishes',
  async run({ baseURL, browser }) {
    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const large = await runAt(context, baseURL, LARGE);
      const small = await runAt(context, baseURL, SMALL);
      const figures = {};
      const details = [
        ['documents', `${LARGE} wishes / ${3 * LARGE} marks, and ${SMALL} / ${3 * SMALL}`],
      ];
      for (const what of ['mark', 'merge', 'move', 'drag']) {
        const [fig, floor, sm] = [large[what], large[`${what}Floor`], small[what]];
        figures[`${what}P95Ms`] = round(p95(fig));
        figures[`${what}MedianMs`] = round(median(fig));
        figures[`${what}FloorP95Ms`] = round(p95(floor));
        figures[`${what}P95Ratio`] = ratio(p95(fig), p95(floor));
        figures[`${what}MedianRatio`] = ratio(median(fig), median(floor));
        figures[`${what}ScalingP95Ratio`] = ratio(p95(fig), p95(sm));
        details.push([
          `${what}: figure / floor / ${SMALL}-wish (median | p95 ms)`,
          `${round(median(fig))} | ${round(p95(fig))}  /  ${round(median(floor))} | ${round(p95(floor))}  /  ${round(median(sm))} | ${round(p95(sm))}  (n=${fig.length})`,
        ]);
      }
      return { figures, details };
    } finally {
      await context.close();
    }
  },
};
