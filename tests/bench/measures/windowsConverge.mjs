import { p95, median, ratio, round } from '../lib/stats.mjs';

const RACES = 20;
const MOEDELEDER = 'Mødeleder';

/**
 * In the page: reads the field labelled `label` every 2 ms from now on (not every frame: headless
 * Chromium gives a page without focus a frame about once a second), and resolves with
 * the wall time (performance.timeOrigin + now) it last changed before holding `settleMs`
 * unchanged, and its value then.
 */
function watch(page, settleMs = 1_500) {
  return page.evaluate(
    ({ label, settleMs }) =>
      new Promise((resolve) => {
        const field = [...document.querySelectorAll('label')].find(
          (l) => l.textContent === label,
        )?.control;
        const now = () => performance.timeOrigin + performance.now();
        let value = field.value;
        let changed = now();
        const started = changed;
        const frame = () => {
          if (field.value !== value) {
            value = field.value;
            changed = now();
          }
          if (now() - Math.max(changed, started) > settleMs) resolve({ value, changed });
          else setTimeout(frame, 2);
        };
        setTimeout(frame, 2);
      }),
    { label: MOEDELEDER, settleMs },
  );
}

/** Commits `text` in the field: filled, then Enter in the page; returns the wall time of Enter. */
async function commit(page, text) {
  const field = page.getByLabel(MOEDELEDER, { exact: true });
  await field.fill(text);
  return page.evaluate((label) => {
    const input = [...document.querySelectorAll('label')].find(
      (l) => l.textContent === label,
    )?.control;
    const t = performance.timeOrigin + performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return t;
  }, MOEDELEDER);
}

/**
 * windowsConvergeMs: two windows of one browser commit the same field at the same moment; the
 * ms from the later commit until both show the same value for good (p95 of 20 races), beside
 * its floor: one window's edit, with no race, until the other window shows it.
 */
export default {
  name: 'Windows of one browser converge',
  async run({ baseURL, browser }) {
    const context = await (await browser()).newContext({ baseURL, locale: 'da-DK' });
    try {
      const a = await context.newPage();
      await a.goto('/#/');
      await a.getByLabel('Arbejdsplads eller afdeling').fill('Solsikken');
      await a.getByRole('button', { name: 'Opret proces' }).click();
      await a.getByRole('heading', { level: 1, name: 'Solsikken' }).waitFor();
      const url = `${a.url()}/forberedelse`;
      const b = await context.newPage();
      for (const page of [a, b]) {
        await page.goto(url);
        await page.getByLabel(MOEDELEDER, { exact: true }).waitFor();
      }
      const races = [];
      const floors = [];
      let agreed = 0;
      for (let i = 0; i < RACES; i++) {
        const watching = [watch(a), watch(b)];
        const [ta, tb] = await Promise.all([commit(a, `A ${i}`), commit(b, `B ${i}`)]);
        const [wa, wb] = await Promise.all(watching);
        if (wa.value === wb.value) agreed++;
        races.push(Math.max(wa.changed, wb.changed, ta, tb) - Math.max(ta, tb));

        // The floor: one window's edit reaching the other with no race.
        const seen = watch(a);
        const t = await commit(b, `Alene ${i}`);
        floors.push((await seen).changed - t);
      }
      return {
        figures: {
          windowsConvergeMs: round(p95(races)),
          windowsConvergeMedianMs: round(median(races)),
          windowsConvergeFloorMs: round(p95(floors)),
          windowsConvergeRatio: ratio(p95(races), p95(floors)),
          windowsAgreedRaces: agreed,
        },
        details: [['race runs (ms)', races.map((t) => Math.round(t)).join(', ')]],
      };
    } finally {
      await context.close();
    }
  },
};
