import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import {
  createProcess,
  fillAndCommit,
  open,
  routes,
  saveState,
  waitForApp,
  waitForSaved,
} from './helpers/app';
import { processKey, readStoredProcess, storedKeys } from './helpers/idb';
import { expectNoAxeViolations } from './helpers/axe';
import { moedelederInput, question, QUESTION_LABELS, type QuestionId } from './helpers/preparation';
import { startSyncServer } from './helpers/syncServer';

/** Issue 16: nothing typed is lost to a crash, a closed tab or storage cleared under the app. */

interface Stored {
  name: string;
  people: { moedeleder: string };
  preparation: { answers: Record<QuestionId, string> };
}
const firstQuestion = Object.keys(QUESTION_LABELS)[0] as QuestionId;

test('a browser killed in the middle of continuous typing keeps all but the last second', async ({
  baseURL,
}, testInfo) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'apv-kill-'));
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, { ...testInfo.project.use, baseURL });
  try {
    const context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const id = await createProcess(page, 'Solsikken');
    await open(page, routes.preparation(id));
    const field = question(page, firstQuestion);
    await field.click();
    // 40 ms a key, never a pause: the debounce alone would never commit.
    const typing = field.pressSequentially('abcdefghij'.repeat(20), { delay: 40 }).catch(() => {});
    await page.waitForTimeout(4000);
    const onScreen = await field.inputValue();
    killBrowser(userDataDir);
    await typing;

    const again = await launch();
    const reopened = again.pages()[0] ?? (await again.newPage());
    await open(reopened, routes.preparation(id));
    const stored = (await readStoredProcess<Stored>(reopened, id))!.preparation.answers[
      firstQuestion
    ];
    expect(onScreen.length).toBeGreaterThan(30);
    expect(onScreen.startsWith(stored)).toBe(true);
    // At most about a second of typing (25 keys) is missing, with some room for the machine.
    expect(
      onScreen.length - stored.length,
      `on screen ${onScreen.length}, stored ${stored.length}`,
    ).toBeLessThanOrEqual(40);
    await again.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a line typed in an add box and never added is offered back after the browser is killed', async ({
  baseURL,
}, testInfo) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'apv-kill-'));
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      ...testInfo.project.use,
      baseURL,
      viewport: { width: 1366, height: 768 },
    });
  const plan = (id: string) => `/#/proces/${encodeURIComponent(id)}/handleplan`;
  const line = 'Faste pauser for alle hold, også i weekenden';
  try {
    const context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    const id = await createProcess(page, 'Solsikken');
    await open(page, plan(id));
    const box = page.getByLabel('Titel på ny indsats');
    await box.click();
    // Typed without a pause, then killed before anything is added.
    const typing = box.pressSequentially(line, { delay: 30 }).catch(() => {});
    await expect(box).toHaveValue(line, { timeout: 10_000 });
    await page.waitForTimeout(1000);
    killBrowser(userDataDir);
    await typing;

    const again = await launch();
    const reopened = again.pages()[0] ?? (await again.newPage());
    await open(reopened, plan(id));
    const offer = reopened.getByRole('status').filter({ hasText: 'Du har en ikke-gemt tekst' });
    await expect(offer).toHaveText(new RegExp(`Du har en ikke-gemt tekst: »${line}«`));
    const reopenedBox = reopened.getByLabel('Titel på ny indsats');
    await expect(reopenedBox).toHaveValue('');
    await offer.scrollIntoViewIfNeeded();
    await reopened.screenshot({ path: '/tmp/durable-draft-offer-1366.png' });
    await reopened.setViewportSize({ width: 390, height: 844 });
    await offer.scrollIntoViewIfNeeded();
    await reopened.screenshot({ path: '/tmp/durable-draft-offer-390.png' });
    await expectNoAxeViolations(reopened);
    await offer.getByRole('button', { name: 'Tag den tilbage' }).click();
    await expect(reopenedBox).toHaveValue(line);
    await expect(reopenedBox).toBeFocused();
    await expect(offer).toHaveCount(0);
    await reopened.getByRole('button', { name: 'Tilføj indsats' }).click();
    await expect(reopenedBox).toHaveValue('');
    await expect
      .poll(async () =>
        (await readStoredProcess<{ plan: { initiatives: { title: string }[] } }>(
          reopened,
          id,
        ))!.plan.initiatives.map((i) => i.title),
      )
      .toEqual([line]);
    // Added, it is no draft any more: opened again, nothing is offered.
    await waitForSaved(reopened);
    await reopened.reload();
    await waitForApp(reopened);
    await expect(reopened.getByLabel('Titel på ny indsats')).toHaveValue('');
    await expect(reopened.getByText('Du har en ikke-gemt tekst')).toHaveCount(0);
    await again.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

/** SIGKILL to the browser this test launched on `userDataDir` (its main process, by pid). */
function killBrowser(userDataDir: string): void {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const main = ps
    .split('\n')
    .find((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
  if (!main) throw new Error(`No browser on ${userDataDir}`);
  process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
}

test('closing the only tab 0–10 ms after a change, or in the middle of typing, loses nothing', async ({
  browser,
}) => {
  const context = await browser.newContext();
  let page = await context.newPage();
  const id = await createProcess(page, 'Køkkenet');
  for (let i = 0; i < 10; i++) {
    await open(page, routes.preparation(id));
    await fillAndCommit(question(page, firstQuestion), '');
    await waitForSaved(page);
    // Committed with Enter, then the tab closes i ms later.
    await moedelederInput(page).fill(`Mødeleder ${i}`);
    await moedelederInput(page).press('Enter');
    await page.waitForTimeout(i);
    // Typed just now, not yet committed (no pause, no blur): the draft goes with the tab.
    await question(page, firstQuestion).pressSequentially(`svar ${i}`, { delay: 5 });
    await page.close();
    page = await context.newPage();
    await open(page, routes.home());
    // The closed tab's last write may still be on its way in the browser: wait for it briefly.
    await expect
      .poll(
        async () => {
          const stored = (await readStoredProcess<Stored>(page, id))!;
          return [stored.people.moedeleder, stored.preparation.answers[firstQuestion]];
        },
        { message: `try ${i}`, timeout: 3_000 },
      )
      .toEqual([`Mødeleder ${i}`, `svar ${i}`]);
  }
  await context.close();
});

async function twoProcesses(page: Page): Promise<string[]> {
  const a = await createProcess(page, 'Solsikken');
  const b = await createProcess(page, 'Køkkenet');
  await open(page, routes.home());
  await waitForSaved(page);
  return [a, b];
}

async function expectWrittenBack(page: Page, ids: string[]) {
  await expect(page.getByRole('alert')).toContainText('Browseren slettede appens gemte data');
  await waitForSaved(page);
  await expect
    .poll(async () => (await storedKeys(page)).sort())
    .toEqual(expect.arrayContaining(ids.map(processKey)));
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Solsikken' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Køkkenet' })).toBeVisible();
}

test('site data cleared by the browser while the app is open is written back, and said', async ({
  page,
  context,
}) => {
  const ids = await twoProcesses(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(page.url()).origin,
    storageTypes: 'indexeddb',
  });
  // The user comes back to the page from the browser's settings.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expectWrittenBack(page, ids);
});

test('a database deleted from the page while the app is open is written back, and said', async ({
  page,
}) => {
  const ids = await twoProcesses(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('apv-dialog');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(saveState(page)).not.toHaveText('Kunne ikke gemme – prøv igen');
  await expectWrittenBack(page, ids);
});

test('the home page says when the last backup was made, and whether the data is protected', async ({
  page,
}) => {
  await createProcess(page, 'Solsikken');
  await open(page, routes.home());
  const status = page.getByTestId('backup-status');
  await expect(status).toContainText('Der er endnu ikke gemt en sikkerhedskopi');
  await expect(status).toContainText('Ændret siden seneste sikkerhedskopi: »Solsikken«.');
  await expect(status).toContainText(/Browseren (har lovet|kan slette|fortæller ikke)/);
  await status.getByRole('link', { name: 'Til sikkerhedskopi' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gem alle processer i en fil' }).click();
  await download;
  await expect(page.getByTestId('backup-status')).toContainText(
    'Seneste sikkerhedskopi fra denne browser:',
  );
  await expect(page.getByTestId('backup-status')).not.toContainText('Ændret siden');
});

/** The keys of the sharing database, or null when there is none (nothing is created here). */
const shareKeys = (page: Page): Promise<string[] | null> =>
  page.evaluate(
    () =>
      new Promise<string[] | null>((resolve, reject) => {
        const request = indexedDB.open('apv-dialog-share');
        let missing = false;
        request.onupgradeneeded = () => {
          missing = true;
          request.transaction?.abort();
        };
        request.onerror = () => (missing ? resolve(null) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          const keys = db.transaction('records').objectStore('records').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );

test('the sharing database is written back when it is deleted, alone or with the site data', async ({
  browser,
}) => {
  const server = await startSyncServer();
  const context = await browser.newContext({ baseURL: server.url });
  try {
    const page = await context.newPage();
    await open(page, routes.home());
    const id = await createProcess(page, 'Solsikken');
    await page.getByRole('button', { name: 'Del processen' }).click();
    await expect(page.getByTestId('share-state')).toHaveText('Delt · 1 enhed');
    const kept = expect.arrayContaining([`share:${id}`, 'device']);
    await expect.poll(() => shareKeys(page)).toEqual(kept);

    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('apv-dialog-share');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await expect.poll(() => shareKeys(page)).toEqual(kept);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(page.url()).origin,
      storageTypes: 'indexeddb',
    });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(page.getByRole('alert')).toContainText('Browseren slettede appens gemte data');
    await expect.poll(() => shareKeys(page)).toEqual(kept);
    await waitForSaved(page);
    // Opened again, the process is still shared from this device.
    await page.reload();
    await expect(page.getByTestId('share-state')).toHaveText('Delt · 1 enhed');
  } finally {
    await context.close();
    await server.stop();
  }
});
