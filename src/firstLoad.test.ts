// @vitest-environment node
/**
 * The first load's budget (issue 15), read from the build's manifest; no timing involved.
 *
 * The test builds the app itself, into a private temporary directory, so it always reads a
 * build of the code under test: `npm test` runs Vitest before `npm run e2e` builds, and a
 * dist/ left from an earlier checkout would otherwise pass or fail for the wrong code. The
 * build runs in a child process with NODE_ENV=production (Vitest sets NODE_ENV=test, which
 * would give React's development build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The budget: everything a page fetches before it is usable. */
const BUDGET = { files: 8, gzipKB: 110 };

type Chunk = { file: string; name?: string; src?: string; imports?: string[]; css?: string[] };
type Manifest = Record<string, Chunk>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let outDir = '';
let manifest: Manifest = {};

/** The files a chunk needs before it runs: itself, its static imports, their CSS. */
function closure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Not in the build's manifest: ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/**
 * The manifest key of a chunk, by its source (a lazy module of its own) or by its name (a
 * chunk made by a group in vite.config.ts, keyed `_<name>-<hash>.js`).
 */
function key(src: string, name: string): string {
  const keys = Object.entries(manifest)
    .filter(([k, chunk]) => chunk.src === src || (k.startsWith('_') && chunk.name === name))
    .map(([k]) => k);
  const [only] = keys;
  if (only === undefined || keys.length !== 1)
    throw new Error(`${src} / ${name}: ${keys.length} chunks in the manifest`);
  return only;
}

/**
 * The entry plus what the app fetches before the page is usable: the engine, the Danish core
 * texts, the page, and for any page but the home page the rest of the Danish texts.
 */
function firstLoad(page: string, pageName: string): { files: string[]; gzipKB: number } {
  const texts = [key('src/i18n/da/core.ts', 'core')];
  if (pageName !== 'home') texts.push(key('src/i18n/da/pages.ts', 'pages'));
  const files = [
    ...closure([
      'index.html',
      key('src/domain/engine.ts', 'engine'),
      ...texts,
      key(page, pageName),
    ]),
  ].sort();
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length,
    0,
  );
  return { files, gzipKB: Math.round((bytes / 1024) * 10) / 10 };
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'apv-first-load-'));
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
  manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/**
 * Where each page stands (home 127.9 KB in 7 files, projector 151.1 KB in 10): a ceiling that
 * guards against regressions, and the budget, which a page passes or is marked as not meeting
 * yet (`it.fails` passes while the page is over it and fails the day it fits, so whoever gets
 * it there turns it into a plain `it`). React and react-dom alone are 67.7 KB. Since the share
 * link's page (routes/JoinRoute) came, the bundler puts React in a chunk of its own beside the
 * entry, which costs 1.7 KB; nothing of sharing itself is in a first load. Offline support
 * (issue 14) added 0.6 KB to both: the update banner's texts in the core dictionary 0.26 KB,
 * the entry 0.24 KB (the version stamp and the hooks that load the service worker's code and
 * the banner after the first render), the engine 0.06 KB (the meeting timer's status, which
 * the banner reads, moved there); that took the projector's ceiling from 151 to 152 KB.
 * Issue 16 loads the shell's rarely shown notices (a newer version in another window, records
 * set aside, storage deleted under the app) only when one shows: home 127.9 KB in 7 files,
 * projector 150.8 KB in 9. Issue 10 made the phases follow the data and shows a due revision on
 * the home page (the phase derivation, the revision date and its line, their texts): home
 * 129.0 KB; the projector 153.9 KB, with the approval texts of the same time (the texts the
 * controller and the phases gained, in the page dictionary it loads; the toolbar that hides
 * when idle; the loaders of the sound announcer and of meeting 2's proposals view, which
 * themselves come when needed). Issue 11's documents then added the words of the exports, the
 * CSV's columns and the long-text warning to the dictionaries the projector loads (154.7 KB).
 * Windows that converge (issue 16) then added about 2.4 KB to the home page and 3.2 KB to the
 * projector's: the event log, its checks and the window log in
 * the engine (+1.5 KB), the window log's clock and entries and the fields' "changed in another
 * window" notice in the entry (+1.2 KB), its texts in the core dictionary (+0.25 KB).
 * The meeting room for phones (issue 13) is a build of its own (the phone page), and the room,
 * its texts, styles and QR code load on demand; what stays is that marks say whether they came
 * from a phone or the poster (the schema and the sums in the engine, 0.3 KB, the ranking's line)
 * and the invitation's loader (+0.5 KB on the projector). Ceilings 132 and 159 KB. Meeting 2
 * on phones then added the phone interest beside the hands (its field in the schema, the
 * reducer's source, the sums) and the record's phone and paper labels to what the home page
 * loads (132.2 KB): ceiling 133 KB.
 * Drafts kept and offered back (issue 16) then added 0.9 KB: the draft writer and the kept
 * database connection (shared with the sharing database's write-back) in the entry, the
 * drafts' context and its texts (home 133.2 KB; the projector stays under 159 KB). Ceilings
 * 134 and 159 KB.
 */
describe.each([
  {
    name: 'home page',
    page: 'src/routes/HomeRoute.tsx',
    chunk: 'home',
    ceilingKB: 134,
    filesMet: true,
  },
  {
    name: 'projector page',
    page: 'src/routes/ProjectorRoute.tsx',
    chunk: 'ProjectorRoute',
    ceilingKB: 159,
    filesMet: false,
  },
])('first load of the $name', ({ page, chunk, ceilingKB, filesMet }) => {
  (filesMet ? it : it.fails)(`is at most ${BUDGET.files} files`, () => {
    const { files } = firstLoad(page, chunk);
    expect(files.length, files.join('\n')).toBeLessThanOrEqual(BUDGET.files);
  });

  it(`stays under its current ceiling of ${ceilingKB} KB gzip`, () => {
    expect(firstLoad(page, chunk).gzipKB).toBeLessThanOrEqual(ceilingKB);
  });

  it.fails(`is at most ${BUDGET.gzipKB} KB gzip (issue 15; not met yet)`, () => {
    expect(firstLoad(page, chunk).gzipKB).toBeLessThanOrEqual(BUDGET.gzipKB);
  });
});
