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
/**
 * Where the first loads stand now (home 138, projector 143.5 KB gzip): a regression guard until it meets the
 * budget. React and react-dom alone are 67.7 KB; see issue 15 for where the rest goes.
 */
const CEILING_KB = 145;

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

/** The entry plus what the app fetches before the page is usable: engine, Danish, the page. */
function firstLoad(page: string): { files: string[]; gzipKB: number } {
  const pageName = page.replace(/^.*\/|\.tsx$/g, '');
  const files = [
    ...closure([
      'index.html',
      key('src/domain/engine.ts', 'engine'),
      key('src/i18n/da/index.ts', 'da'),
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

describe.each([
  ['home page', 'src/routes/HomeRoute.tsx'],
  ['projector page', 'src/routes/ProjectorRoute.tsx'],
])('first load of the %s', (_name, page) => {
  it(`is at most ${BUDGET.files} files`, () => {
    const { files } = firstLoad(page);
    expect(files.length, files.join('\n')).toBeLessThanOrEqual(BUDGET.files);
  });

  it(`stays under the current ceiling of ${CEILING_KB} KB gzip`, () => {
    expect(firstLoad(page).gzipKB).toBeLessThanOrEqual(CEILING_KB);
  });

  // Not met yet: this test passes while the first load is over budget and fails the day it
  // fits, so whoever gets it there also turns this into a plain `it` and drops CEILING_KB.
  it.fails(`is at most ${BUDGET.gzipKB} KB gzip (issue 15; not met yet)`, () => {
    expect(firstLoad(page).gzipKB).toBeLessThanOrEqual(BUDGET.gzipKB);
  });
});
