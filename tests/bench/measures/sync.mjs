import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { largeProcess } from '../largeProcess.mjs';
import { startSyncServer } from '../lib/syncServer.mjs';
import { kb, median, p95, ratio, round } from '../lib/stats.mjs';

const EDITS = 30;
const PURPOSE = 'Hvad håber I at få ud af at bruge den anerkendende metode?';

/** Gzip of what sharing loads on demand: its chunk and what that needs beyond the entry. */
async function sharingChunkBytes(distDir) {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite/manifest.json'), 'utf8'));
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  const entry = closure('index.html');
  const sharing = [...closure('src/store/share/sharing.ts')].filter((f) => !entry.has(f));
  let bytes = 0;
  for (const file of sharing)
    bytes += gzipSync(await readFile(join(distDir, file)), { level: 9 }).length;
  return { bytes, files: sharing.length };
}

/** A laptop: a browser context on the sync server's origin. */
async function laptop(browser, url) {
  const context = await browser.newContext({ baseURL: url, locale: 'da-DK' });
  return { context, page: await context.newPage() };
}

/** Shares the process open on `page`'s dashboard; returns its edit link. */
async function share(page) {
  await page.getByRole('button', { name: 'Del processen' }).click();
  const link = page.getByRole('textbox', { name: 'Link til at redigere' });
  await link.waitFor();
  await page.getByTestId('share-state').filter({ hasText: 'Delt' }).waitFor();
  return link.inputValue();
}

/**
 * Commits `text` in the field on `from` and returns the ms until `to` has painted it: both
 * pages read the same wall clock (performance.timeOrigin + now), `to` checks every frame.
 */
async function editPainted(from, to, text) {
  const seen = to.evaluate(
    ({ label, text }) =>
      new Promise((resolve) => {
        const field = [...document.querySelectorAll('label')].find(
          (l) => l.textContent === label,
        )?.control;
        const check = () => {
          if (field?.value === text)
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { label: PURPOSE, text },
  );
  const field = from.getByLabel(PURPOSE);
  await field.fill(text);
  const start = await from.evaluate(() => {
    const t = performance.timeOrigin + performance.now();
    document.activeElement?.blur();
    return t;
  });
  return (await seen) - start;
}

/**
 * syncEditP95Ms: an edit committed on one laptop until painted on another, through the real
 * sync server (p95 of 30), beside its floor: the same edit painted on the laptop itself.
 * syncOpenSharedMs: opening the link to a ~1 MB shared process on a fresh device until its
 * dashboard shows, beside its floor: the same process opened from this device's IndexedDB.
 * syncChunkGzipKB: what sharing loads on demand (never in a first load).
 */
export default {
  name: 'Sharing through the sync server',
  async run({ distDir, browser }) {
    const server = await startSyncServer(distDir);
    const b = await browser();
    const opened = [];
    try {
      const a = await laptop(b, server.url);
      opened.push(a.context);
      await a.page.goto('/#/');
      await a.page.getByLabel('Arbejdsplads eller afdeling').fill('Solsikken');
      await a.page.getByRole('button', { name: 'Opret proces' }).click();
      const link = await share(a.page);
      const c = await laptop(b, server.url);
      opened.push(c.context);
      await c.page.goto(link);
      await c.page.getByRole('heading', { level: 1, name: 'Solsikken' }).waitFor();
      for (const page of [a.page, c.page]) {
        await page.getByRole('link', { name: 'Forberedelse' }).first().click();
        await page.getByLabel(PURPOSE).waitFor();
      }
      const edits = [];
      const floors = [];
      for (let i = 0; i < EDITS; i++) {
        edits.push(await editPainted(a.page, c.page, `Ændring ${i} fra A`));
        floors.push(await editPainted(a.page, a.page, `Egen ændring ${i}`));
      }

      // A ~1 MB process, shared, then opened on a fresh device.
      const doc = largeProcess({ id: 'bench-shared' });
      await a.page.evaluate(
        (doc) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('apv-dialog');
            open.onsuccess = () => {
              const tx = open.result.transaction('documents', 'readwrite');
              tx.objectStore('documents').put(doc, `process:${doc.id}`);
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            };
          }),
        doc,
      );
      await a.page.goto(`/#/proces/${doc.id}`);
      await a.page.reload();
      await a.page.getByRole('heading', { level: 1, name: doc.name }).waitFor({ timeout: 60_000 });
      const bigLink = await share(a.page);
      const openTimes = [];
      const localTimes = [];
      for (let i = 0; i < 3; i++) {
        const fresh = await laptop(b, server.url);
        opened.push(fresh.context);
        const t0 = Date.now();
        await fresh.page.goto(bigLink);
        await fresh.page
          .getByRole('heading', { level: 1, name: doc.name })
          .waitFor({ timeout: 60_000 });
        openTimes.push(Date.now() - t0);
        await fresh.context.close();
        const t1 = Date.now();
        await a.page.reload();
        await a.page
          .getByRole('heading', { level: 1, name: doc.name })
          .waitFor({ timeout: 60_000 });
        localTimes.push(Date.now() - t1);
      }
      const chunk = await sharingChunkBytes(distDir);
      return {
        figures: {
          syncEditP95Ms: round(p95(edits)),
          syncEditMedianMs: round(median(edits)),
          syncEditFloorP95Ms: round(p95(floors)),
          syncEditP95Ratio: ratio(p95(edits), p95(floors)),
          syncOpenSharedMs: Math.round(median(openTimes)),
          syncOpenLocalMs: Math.round(median(localTimes)),
          syncOpenRatio: ratio(median(openTimes), median(localTimes)),
          syncChunkGzipKB: kb(chunk.bytes),
        },
        details: [
          ['edit runs (ms)', edits.map((t) => Math.round(t)).join(', ')],
          ['shared process', `${round(JSON.stringify(doc).length / 1024 / 1024, 2)} MB JSON`],
          ['open runs: link / local (ms)', `${openTimes.join(', ')} / ${localTimes.join(', ')}`],
          ['sharing chunk', `${chunk.files} files`],
        ],
      };
    } finally {
      for (const context of opened) await context.close().catch(() => {});
      await server.stop();
    }
  },
};
