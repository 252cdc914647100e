/**
 * npm run bench: builds the app into a private directory, serves it with `vite preview` on
 * 127.0.0.1, runs every measurement in ./measures, prints a table and, as the very last
 * line of stdout, one JSON object with all figures.
 *   node tests/bench/run.mjs [--only <part of a measure's name>]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
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
  const noisy = [];
  const loadBefore = loadavg().map((x) => Math.round(x * 100) / 100);
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
      log(`Measuring: ${measure.name} (twice) …`);
      const first = await measure.run(ctx);
      const second = await measure.run(ctx);
      const result = combine(first, second);
      Object.assign(figures, result.figures);
      noisy.push(...result.noisy);
      sections.push({ name: measure.name, result });
    }
  } finally {
    if (browserPromise) await (await browserPromise).close().catch(() => {});
    if (server) await server.stop();
    await rm(distDir, { recursive: true, force: true });
  }
  const loadAfter = loadavg().map((x) => Math.round(x * 100) / 100);
  printTable(sections);
  console.log(
    `load average (1, 5, 15 min): before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`,
  );
  console.log(
    noisy.length
      ? `noisy (the two runs differ by more than ±${SPREAD * 100} %; not final): ${noisy.join(', ')}`
      : `every timed figure held within ±${SPREAD * 100} % between its two runs`,
  );
  console.log(
    JSON.stringify({ ...figures, noisy, loadAvgBefore: loadBefore, loadAvgAfter: loadAfter }),
  );
}

/** A timed figure: its two runs must agree within ±SPREAD, or it is marked noisy. */
const SPREAD = 0.2;
const TIMED = /(Ms|MsPerS|Ratio)$/;

/**
 * Each measure runs twice. The figure printed is the mean of the two runs; a timed figure
 * whose runs differ by more than SPREAD (relative to the smaller) is listed as noisy.
 */
function combine(first, second) {
  const figures = {};
  const noisy = [];
  const spreads = [];
  for (const [key, a] of Object.entries(first.figures)) {
    const b = second.figures[key];
    figures[key] = Math.round(((a + b) / 2) * 100) / 100;
    if (!TIMED.test(key)) continue;
    const spread = Math.abs(a - b) / Math.max(Math.min(a, b), 1e-9);
    spreads.push([
      `  ${key}: run 1 / run 2`,
      `${a} / ${b} (${Math.round(spread * 100)} %${spread > SPREAD ? ', noisy' : ''})`,
    ]);
    if (spread > SPREAD) noisy.push(key);
  }
  return { figures, noisy, details: [...(second.details ?? []), ...spreads] };
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
