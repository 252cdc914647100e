import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../lib/browser.mjs';
import { median } from '../lib/stats.mjs';

const RUNS = 3;
const CATEGORIES = {
  performance: 'lighthousePerformance',
  accessibility: 'lighthouseAccessibility',
  'best-practices': 'lighthouseBestPractices',
};

const launchChrome = () =>
  chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });

/**
 * Installability as Chromium judges it (Lighthouse 12 dropped its PWA audits): the page in a
 * normal profile (chrome-launcher's, not an incognito one), once its service worker controls
 * it, then DevTools' Page.getInstallabilityErrors. Returns the error ids; none = installable.
 */
async function installabilityErrors(url) {
  const chrome = await launchChrome();
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
      timeout: 30_000,
    });
    const cdp = await context.newCDPSession(page);
    let errors = [];
    // Chromium checks the manifest and the worker asynchronously: ask until it settles.
    for (let i = 0; i < 20; i++) {
      const result = await cdp.send('Page.getInstallabilityErrors');
      errors = result.installabilityErrors.map((e) => e.errorId);
      if (errors.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return errors;
  } finally {
    await browser.close().catch(() => {});
    await chrome.kill();
  }
}

/**
 * Lighthouse (its default mobile profile: emulated phone, simulated slow 4G and 4× CPU
 * slowdown) on the built home page, in Debian's Chromium, a fresh profile per run.
 * Scores are 0–100, the median of RUNS runs (the bench runs every measure twice and prints
 * the mean of the two medians); the details show every run. Then
 * installability: `installabilityErrors` is how many reasons Chromium gives why the app could
 * not be installed (0: installable).
 */
export default {
  name: `Lighthouse (median of ${RUNS}, mobile profile)`,
  async run({ baseURL }) {
    const url = `${baseURL}/`;
    const scores = Object.fromEntries(Object.keys(CATEGORIES).map((c) => [c, []]));
    const failing = new Map(); // audit -> values seen
    for (let i = 0; i < RUNS; i++) {
      const chrome = await launchChrome();
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(CATEGORIES),
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no result');
        if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
        for (const category of Object.keys(CATEGORIES)) {
          scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
              const key = `${category}: ${ref.id}`;
              failing.set(key, [...(failing.get(key) ?? []), audit.displayValue ?? audit.score]);
            }
          }
        }
      } finally {
        await chrome.kill();
      }
    }
    const figures = Object.fromEntries(
      Object.entries(CATEGORIES).map(([category, key]) => [key, median(scores[category])]),
    );
    const installErrors = await installabilityErrors(url);
    figures.installabilityErrors = installErrors.length;
    return {
      figures,
      details: [
        ...Object.entries(scores).map(([category, runs]) => [category, `runs ${runs.join(', ')}`]),
        ...[...failing].map(([audit, values]) => ['below 0.9', `${audit} (${values.join(', ')})`]),
        ['installable', installErrors.length === 0 ? 'yes' : installErrors.join(', ')],
      ],
    };
  },
};
