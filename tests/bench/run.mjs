/**
 * npm run bench: builds the app into a private directory, serves it with `vite preview` on
 * 127.0.0.1, runs every measurement in ./measures, prints a table and, as the very last
 * line of stdout, one JSON object with all figures.
 *   node tests/bench/run.mjs [--only <part of a measure's name>]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.mjs';
import { build, startPreview } from './lib/server.mjs';
import { measures } from './measures/index.mjs';

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : null;

const log = (...args) => console.error(...args); // progress to stderr; stdout stays clean

async function main() {
  const distDir = await mkdtemp(join(tmpdir(), 'apv-bench-dist-'));
  let server = null;
  let browserPromise = null;
  const figures = {};
  const sections = [];
  try {
    log('Building the app (vite build) …');
    await build(distDir);
    server = await startPreview(distDir);
    log(`vite preview on ${server.url} (pid ${server.pid})`);
    const ctx = {
      distDir,
      baseURL: server.url,
      browser: () => (browserPromise ??= launchChromium()),
    };
    for (const measure of measures) {
      if (only && !measure.name.toLowerCase().includes(only.toLowerCase())) continue;
      log(`Measuring: ${measure.name} …`);
      const result = await measure.run(ctx);
      Object.assign(figures, result.figures);
      sections.push({ name: measure.name, result });
    }
  } finally {
    if (browserPromise) await (await browserPromise).close().catch(() => {});
    if (server) await server.stop();
    await rm(distDir, { recursive: true, force: true });
  }
  printTable(sections);
  console.log(JSON.stringify(figures));
}

function printTable(sections) {
  const rows = [];
  for (const { name, result } of sections) {
    rows.push([name, '']);
    for (const [key, value] of Object.entries(result.figures))
      rows.push([`  ${key}`, String(value)]);
    for (const [label, text] of result.details ?? []) rows.push([`    ${label}`, text]);
  }
  const width = Math.max(...rows.map(([l]) => l.length), 10);
  console.log('APV Dialog benchmark');
  console.log('-'.repeat(width + 24));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log('-'.repeat(width + 24));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
