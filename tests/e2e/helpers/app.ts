import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Hash routes of the app (mirrors src/paths.ts). */
export const routes = {
  home: () => '/#/',
  backup: () => '/#/sikkerhedskopi',
  process: (id: string) => `/#/proces/${encodeURIComponent(id)}`,
  preparation: (id: string) => `/#/proces/${encodeURIComponent(id)}/forberedelse`,
};

/** The header's save indicator. */
export const saveState = (page: Page): Locator => page.getByTestId('save-state');

/** Waits until the app says every change is in IndexedDB (do this before a reload). */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(saveState(page)).toHaveText('Alt er gemt');
}

/** Waits until the stored data is loaded and the shell is showing. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(saveState(page)).toBeVisible();
}

/** Opens a hash route and waits for the hydrated shell. */
export async function open(page: Page, hashPath: string): Promise<void> {
  await page.goto(hashPath);
  await waitForApp(page);
}

/** Reloads after everything is saved, and waits for the app to hydrate again. */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await waitForSaved(page);
  await page.reload();
  await waitForApp(page);
}

/** The process id in the current URL (…#/proces/<id>…). */
export function processIdFromUrl(page: Page): string {
  const match = /#\/proces\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No process id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/**
 * Creates a process from the home page and returns its id. The app then shows the
 * process dashboard; this waits for it and for the save.
 */
export async function createProcess(page: Page, name: string): Promise<string> {
  if (!/#\/?$/.test(page.url())) await open(page, routes.home());
  await page.getByLabel('Arbejdsplads eller afdeling').fill(name);
  await page.getByRole('button', { name: 'Opret proces' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = processIdFromUrl(page);
  await waitForSaved(page);
  return id;
}

/** The row of a process in the home page's table. */
export function processRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Home page: the names in the process table, in display order. */
export async function listedProcessNames(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres APV-processer' })).toBeVisible();
  const headers = page.locator('table tbody th[scope="row"]');
  return (await headers.allTextContents()).map((s) => s.trim());
}

/**
 * Types into a field and leaves it, which commits it (the app saves fields on blur).
 * Blur rather than Tab: Tab moves between the parts of a date input without leaving it.
 */
export async function fillAndCommit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.blur();
}

/** Starts a download with `action`, and returns it with its text content. */
export async function downloadText(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ download: Download; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  return { download, text, path };
}
