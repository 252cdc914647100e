import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  createProcess,
  fillAndCommit,
  processIdFromUrl,
  waitForApp,
  waitForSaved,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
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
  await expectNoAxeViolations(a.page);

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

/** A laptop with a new shared process on its preparation page, and the process's links. */
async function sharedProcess(browser: Browser, name: string) {
  const a = await laptop(browser);
  await a.page.goto('/');
  await waitForApp(a.page);
  const id = await createProcess(a.page, name);
  const links = await share(a.page);
  return { a, id, links };
}

test('a read-only link shows the process and cannot change it', async ({ browser }) => {
  const { a, links } = await sharedProcess(browser, 'Mælkebøtten');
  await preparation(a.page).click();
  await fillAndCommit(question(a.page, 'purpose'), 'Bedre pauser');

  const reader = await laptop(browser);
  await reader.page.goto(links.read);
  await expect(reader.page.getByRole('heading', { level: 1, name: 'Mælkebøtten' })).toBeVisible();
  await expect(reader.page.getByTestId('share-state')).toContainText('Skrivebeskyttet');
  await expect(reader.page.getByRole('textbox', { name: 'Link til at redigere' })).toHaveCount(0);
  await preparation(reader.page).click();
  await expect(question(reader.page, 'purpose')).toHaveValue('Bedre pauser');
  await fillAndCommit(question(reader.page, 'purpose'), 'Ændret af en læser');
  await expect(reader.page.getByText('kun giver adgang til at læse')).toBeVisible();

  // The server refuses a read-only socket's writes too (src/server/sync.test.ts); here the
  // editor's later edits still reach the reader, and the reader's never left its laptop.
  await fillAndCommit(question(a.page, 'industry'), 'Kontrol');
  await expect(question(reader.page, 'industry')).toHaveValue('Kontrol');
  await expect(question(a.page, 'purpose')).toHaveValue('Bedre pauser');
  await a.context.close();
  await reader.context.close();
});

test('a link with a wrong or cut-short key says so in Danish and changes nothing', async ({
  browser,
}) => {
  const { a, links } = await sharedProcess(browser, 'Kornblomsten');
  const other = await laptop(browser);
  const wrongKey = links.edit.replace(/.{4}$/, (end) => (end === 'AAAA' ? 'BBBB' : 'AAAA'));
  await other.page.goto(wrongKey);
  await expect(other.page.getByRole('alert')).toHaveText(/Linkets nøgle passer ikke/);
  await other.page.goto(links.edit.slice(0, -10));
  await expect(other.page.getByRole('alert')).toHaveText(/Linket er ufuldstændigt/);
  const wrongToken = links.edit.replace(
    /rediger\/([^/]+)\/[^/]+\//,
    (_m, room) => `rediger/${room}/${'A'.repeat(43)}/`,
  );
  await other.page.goto(wrongToken);
  await expect(other.page.getByRole('alert')).toHaveText(/Linket giver ikke adgang/);
  await other.page.goto('/');
  await waitForApp(other.page);
  await expect(other.page.getByText('Kornblomsten')).toHaveCount(0);
  await a.context.close();
  await other.context.close();
});

test('the server is killed and restarted mid-session, and nothing is lost', async ({ browser }) => {
  const { a, links } = await sharedProcess(browser, 'Valmuen');
  const b = await laptop(browser);
  await b.page.goto(links.edit);
  await expect(b.page.getByRole('heading', { level: 1, name: 'Valmuen' })).toBeVisible();
  await preparation(a.page).click();
  await preparation(b.page).click();
  await fillAndCommit(question(a.page, 'purpose'), 'Før genstart');
  await expect(question(b.page, 'purpose')).toHaveValue('Før genstart');

  await server.restart();
  await fillAndCommit(question(b.page, 'industry'), 'Mens serveren var nede');
  await fillAndCommit(question(a.page, 'difference'), 'Efter genstart');
  await expect(question(b.page, 'difference')).toHaveValue('Efter genstart', { timeout: 40_000 });
  await expect(question(a.page, 'industry')).toHaveValue('Mens serveren var nede', {
    timeout: 40_000,
  });

  // A new laptop gets all of it from the restarted server.
  const c = await laptop(browser);
  await c.page.goto(links.edit);
  await expect(c.page.getByRole('heading', { level: 1, name: 'Valmuen' })).toBeVisible();
  await preparation(c.page).click();
  await expect(question(c.page, 'purpose')).toHaveValue('Før genstart');
  await expect(question(c.page, 'industry')).toHaveValue('Mens serveren var nede');
  await expect(question(c.page, 'difference')).toHaveValue('Efter genstart');
  for (const l of [a, b, c]) await l.context.close();
});

test('revoking the links shuts out the old ones and hands out new ones', async ({ browser }) => {
  const { a, links } = await sharedProcess(browser, 'Rosen');
  const b = await laptop(browser);
  await b.page.goto(links.edit);
  await expect(b.page.getByTestId('share-state')).toHaveText('Delt · 2 enheder');

  await a.page.getByRole('button', { name: 'Tilbagekald linkene' }).click();
  await expectNoAxeViolations(a.page, { include: 'dialog[open]' });
  await a.page.getByRole('dialog').getByRole('button', { name: 'Tilbagekald linkene' }).click();
  await expect(a.page.getByText('Linkene er tilbagekaldt. Her er de nye.')).toBeVisible();
  const fresh = await a.page.getByRole('textbox', { name: 'Link til at redigere' }).inputValue();
  expect(fresh).not.toBe(links.edit);

  // The laptop on the old link is told, and keeps its copy.
  await expect(b.page.getByText('Linket er tilbagekaldt.')).toBeVisible();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Rosen' })).toBeVisible();
  const c = await laptop(browser);
  await c.page.goto(links.read);
  await expect(c.page.getByRole('alert')).toHaveText(/Linket er tilbagekaldt/);
  await expectNoAxeViolations(c.page);
  await c.page.goto(fresh);
  await expect(c.page.getByRole('heading', { level: 1, name: 'Rosen' })).toBeVisible();
  for (const l of [a, b, c]) await l.context.close();
});

test('windows of one browser stay in step offline, and a server restored from an old backup gets everything back', async ({
  browser,
}) => {
  const { a, id, links } = await sharedProcess(browser, 'Tusindfryd');
  const second = await a.context.newPage();
  await second.goto(`/#/proces/${id}/forberedelse`);
  await expect(second.getByTestId('share-state')).toHaveText(/Delt/);
  await preparation(a.page).click();
  const backup = await server.backup();

  await a.context.setOffline(true);
  await fillAndCommit(question(a.page, 'purpose'), 'Skrevet i vindue 1');
  await expect(question(second, 'purpose')).toHaveValue('Skrevet i vindue 1');
  await fillAndCommit(question(second, 'industry'), 'Skrevet i vindue 2');
  await expect(question(a.page, 'industry')).toHaveValue('Skrevet i vindue 2');
  await a.context.setOffline(false);
  await expect(a.page.getByTestId('share-state')).toHaveText(/Delt/);

  // The server loses everything since the backup; the laptop puts it back when it reconnects.
  await server.restoreFrom(backup);
  const b = await laptop(browser);
  await b.page.goto(links.edit);
  await expect(b.page.getByRole('heading', { level: 1, name: 'Tusindfryd' })).toBeVisible();
  await preparation(b.page).click();
  await expect(question(b.page, 'purpose')).toHaveValue('Skrevet i vindue 1', { timeout: 40_000 });
  await expect(question(b.page, 'industry')).toHaveValue('Skrevet i vindue 2');

  // Removing the process on one laptop leaves it on the other, still shared.
  await a.page.goto('/#/');
  await waitForApp(a.page);
  await a.page.getByRole('button', { name: 'Slet: Tusindfryd' }).click();
  await a.page.getByRole('dialog').getByRole('button', { name: 'Slet', exact: true }).click();
  await expect(a.page.getByRole('button', { name: 'Slet: Tusindfryd' })).toHaveCount(0);
  await fillAndCommit(question(b.page, 'difference'), 'Stadig her');
  await expect(b.page.getByTestId('share-state')).toHaveText(/Delt/);
  await a.context.close();
  await b.context.close();
});
