import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from '../lib/stats.mjs';

const gzipBytes = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

/** The module script(s) and stylesheet(s) that dist/index.html links. */
export function entryAssets(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*type="module"[^>]*\bsrc="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map(
    (m) => m[1],
  );
  return { scripts, styles };
}

const local = (distDir, url) => join(distDir, new URL(url, 'http://x/').pathname);

/**
 * entryGzipKB: gzip -9 of the entry JS plus entry CSS named in index.html.
 * initialLoadGzipKB (for transparency): the entry plus every JS/CSS the home page fetches.
 */
export default {
  name: 'Bundle size (gzip -9)',
  async run({ distDir, baseURL, browser }) {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const { scripts, styles } = entryAssets(html);
    if (scripts.length === 0) throw new Error('No module script in dist/index.html');
    let entryBytes = 0;
    const rows = [];
    for (const asset of [...scripts, ...styles]) {
      const bytes = await gzipBytes(local(distDir, asset));
      entryBytes += bytes;
      rows.push([`entry ${asset}`, `${kb(bytes)} KB`]);
    }

    // What the home page actually loads on a first visit (entry + lazy chunks + CSS).
    const page = await (await browser()).newPage();
    const loaded = new Set();
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (/\.(js|css)$/.test(path)) loaded.add(path);
    });
    await page.goto(`${baseURL}/#/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.close();
    let initialBytes = 0;
    const lazy = [];
    for (const path of [...loaded].sort()) {
      const bytes = await gzipBytes(local(distDir, path));
      initialBytes += bytes;
      if (![...scripts, ...styles].includes(path)) lazy.push([`  + ${path}`, `${kb(bytes)} KB`]);
    }
    // The projector page's first load, the same way (a process id that does not exist: the
    // page, the engine and the dictionary load all the same).
    const projector = await (await browser()).newPage();
    const projectorFiles = new Set();
    projector.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (/\.(js|css)$/.test(path)) projectorFiles.add(path);
    });
    await projector.goto(`${baseURL}/#/projektor/bench-none`);
    await projector.waitForLoadState('networkidle');
    await projector.close();
    let projectorBytes = 0;
    for (const path of projectorFiles) projectorBytes += await gzipBytes(local(distDir, path));
    return {
      figures: {
        entryGzipKB: kb(entryBytes),
        initialLoadGzipKB: kb(initialBytes),
        initialLoadFiles: loaded.size,
        projectorLoadGzipKB: kb(projectorBytes),
        projectorLoadFiles: projectorFiles.size,
      },
      details: [
        ...rows,
        ...lazy,
        ['projector page', [...projectorFiles].sort().join(' ')],
        ['budget (issue 15)', 'at most 8 files and 110 KB gzip per page'],
      ],
    };
  },
};
