import { largeProcess } from '../largeProcess.mjs';
import { putRecord } from '../lib/idb.mjs';
import { median, ratio, round } from '../lib/stats.mjs';

const RUNS = 5;

/** Milliseconds from the app's 'apv-hydrate-start' mark to its 'apv-hydrated' mark. */
async function hydratedAt(page) {
  const handle = await page.waitForFunction(
    () => {
      const [start] = performance.getEntriesByName('apv-hydrate-start');
      const [end] = performance.getEntriesByName('apv-hydrated');
      return start && end ? end.startTime - start.startTime : null;
    },
    null,
    { timeout: 120_000 },
  );
  return handle.jsonValue();
}

/**
 * hydrateLargeMs: reload with a ~1 MB process in IndexedDB and read how long the app's hydrate
 * takes, from its start mark to its end mark (median of RUNS reloads, after one unmeasured
 * warm-up reload), beside the floor: the same record read and parsed without the app.
 */
export default {
  name: 'Hydrate a large process from IndexedDB',
  async run({ baseURL, browser }) {
    const doc = largeProcess();
    const bytes = JSON.stringify(doc).length;
    const context = await (await browser()).newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/#/`);
      await hydratedAt(page);
      await putRecord(page, `process:${doc.id}`, doc);

      await page.reload();
      await hydratedAt(page);
      // The document must have passed the schema: still stored as a process, no banner.
      const ok = await page.evaluate(
        (id) =>
          new Promise((resolve) => {
            const open = indexedDB.open('apv-dialog');
            open.onsuccess = () => {
              const db = open.result;
              const r = db.transaction('documents').objectStore('documents').getAllKeys();
              r.onsuccess = () => {
                db.close();
                resolve(r.result.map(String));
              };
            };
          }).then(
            (keys) =>
              keys.includes(`process:${id}`) && !keys.some((k) => k.startsWith('quarantine:')),
          ),
        doc.id,
      );
      if (!ok) throw new Error('The large synthetic process failed the app schema (quarantined)');
      await page.getByRole('link', { name: doc.name }).first().waitFor();

      const times = [];
      for (let i = 0; i < RUNS; i++) {
        await page.reload();
        times.push(await hydratedAt(page));
      }
      // The floor, in the same page: read the same record from IndexedDB and parse it as
      // JSON (structured clone out, then JSON.stringify + JSON.parse), without the app.
      const floors = [];
      for (let i = 0; i < RUNS; i++) {
        floors.push(
          await page.evaluate(
            (key) =>
              new Promise((resolve, reject) => {
                const t0 = performance.now();
                const open = indexedDB.open('apv-dialog');
                open.onerror = () => reject(open.error);
                open.onsuccess = () => {
                  const db = open.result;
                  const r = db.transaction('documents').objectStore('documents').get(key);
                  r.onsuccess = () => {
                    JSON.parse(JSON.stringify(r.result));
                    db.close();
                    resolve(performance.now() - t0);
                  };
                };
              }),
            `process:${doc.id}`,
          ),
        );
      }
      return {
        figures: {
          hydrateLargeMs: Math.round(median(times)),
          hydrateFloorMs: round(median(floors)),
          hydrateRatio: ratio(median(times), median(floors)),
        },
        details: [
          [
            'document size',
            `${round(bytes / 1024 / 1024, 2)} MB JSON, ${doc.people.departments.length} departments`,
          ],
          ['runs (ms)', times.map((t) => Math.round(t)).join(', ')],
          ['floor runs: IDB read + JSON parse (ms)', floors.map((t) => round(t)).join(', ')],
          [
            'note',
            'hydrate runs from its start mark to its end mark; it reads IndexedDB while the engine chunk loads',
          ],
        ],
      };
    } finally {
      await context.close();
    }
  },
};
