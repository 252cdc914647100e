import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  createProcess,
  fillAndCommit,
  processIdFromUrl,
  waitForApp,
  waitForSaved,
} from './helpers/app';
import { readStoredProcess } from './helpers/idb';
import { QUESTION_LABELS } from './helpers/preparation';
import { startSyncServer, type SyncServer } from './helpers/syncServer';

// Two laptops sharing one process through the real sync server, started here for this file.
let server: SyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server.stop();
});

async function laptop(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url });
  return { context, page: await context.newPage() };
}

/** Shares the open process from its dashboard and returns the two links. */
async function share(page: Page): Promise<{ edit: string; read: string }> {
  await page.getByRole('button', { name: 'Del processen' }).click();
  const edit = page.getByRole('textbox', { name: 'Link til at redigere' });
  const read = page.getByRole('textbox', { name: 'Link til at læse' });
  await expect(edit).toHaveValue(/#\/delt\/rediger\//);
  await expect(read).toHaveValue(/#\/delt\/laes\//);
  await expect(page.getByTestId('share-state')).toHaveText('Delt · 1 enhed');
  return { edit: await edit.inputValue(), read: await read.inputValue() };
}

const preparation = (page: Page) => page.getByRole('link', { name: 'Forberedelse' }).first();
const question = (page: Page, id: keyof typeof QUESTION_LABELS) =>
  page.getByLabel(QUESTION_LABELS[id]);

test('two laptops share a process live, offline and back, and nothing anyone typed is lost', async ({
  browser,
}) => {
  const a = await laptop(browser);
  await a.page.goto('/');
  await waitForApp(a.page);
  const id = await createProcess(a.page, 'Solsikken');
  const { edit } = await share(a.page);

  // The second laptop opens the link and asks for nothing.
  const b = await laptop(browser);
  await b.page.goto(edit);
  await expect(b.page.getByRole('heading', { level: 1, name: 'Solsikken' })).toBeVisible();
  expect(processIdFromUrl(b.page)).toBe(id);
  await expect(b.page).not.toHaveURL(/delt/);
  await expect(a.page.getByTestId('share-state')).toHaveText('Delt · 2 enheder');

  // An edit on one shows on the other.
  await preparation(a.page).click();
  await preparation(b.page).click();
  await fillAndCommit(question(a.page, 'purpose'), 'Mere trivsel');
  await expect(question(b.page, 'purpose')).toHaveValue('Mere trivsel');

  // B goes offline; both edit, a field each and the same field.
  await b.context.setOffline(true);
  await expect(b.page.getByTestId('share-state')).toHaveText('Offline – gemmes på denne enhed');
  await fillAndCommit(question(b.page, 'industry'), 'Travle morgener');
  await fillAndCommit(question(b.page, 'circumstances'), 'Ny leder (B)');
  await fillAndCommit(question(a.page, 'difference'), 'Vi taler om det, der virker');
  await fillAndCommit(question(a.page, 'circumstances'), 'Ny leder (A)');
  await waitForSaved(b.page);
  await b.context.setOffline(false);

  // Back online: both show every edit, and the same value where both wrote.
  for (const page of [a.page, b.page]) {
    await expect(question(page, 'industry')).toHaveValue('Travle morgener');
    await expect(question(page, 'difference')).toHaveValue('Vi taler om det, der virker');
    await expect(question(page, 'purpose')).toHaveValue('Mere trivsel');
  }
  const circumstances = await question(a.page, 'circumstances').inputValue();
  expect(['Ny leder (A)', 'Ny leder (B)']).toContain(circumstances);
  await expect(question(b.page, 'circumstances')).toHaveValue(circumstances);
  await waitForSaved(a.page);
  await waitForSaved(b.page);
  const stored = (page: Page) => readStoredProcess(page, id).then((p) => p?.preparation);
  await expect.poll(async () => stored(a.page)).toEqual(await stored(b.page));

  // The server kept none of it readable.
  await expect.poll(() => server.storedText().then((t) => t.length)).toBeGreaterThan(0);
  const text = await server.storedText();
  for (const word of ['Solsikken', 'Mere trivsel', 'Travle morgener', 'Ny leder', 'virker']) {
    expect(text).not.toContain(word);
  }
  await a.context.close();
  await b.context.close();
});
