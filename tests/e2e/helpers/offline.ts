import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Waits until the service worker is active and controls this page (it claims at once). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** The version the page runs (set from __APP_VERSION__ at start). */
export const appVersion = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.appVersion ?? '');

/** Asks the server for a new version now, as the app does hourly and when it comes back. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

/** Builds the app into `outDir` with another version string (a later deployment). */
export function buildVersion(outDir: string, version: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        fileURLToPath(new URL('node_modules/vite/bin/vite.js', `file://${ROOT}`)),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, APV_VERSION: version },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed:\n${log}`)),
    );
  });
}

/**
 * Collects what must never happen in a session: Content-Security-Policy violations and
 * failed requests (offline, a request the service worker could not answer fails).
 */
export function watchForProblems(page: Page, problems: string[] = []): { problems: string[] } {
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}
