import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  createProcess,
  downloadText,
  fillAndCommit,
  waitForApp,
  waitForSaved,
} from './helpers/app';
import { controls, openProjector } from './helpers/meeting';
import { appVersion, waitForServiceWorker, watchForProblems } from './helpers/offline';
import { participantsInput, planMeetings } from './helpers/preparation';
import { DIST, startStaticServer, SYNC_REPLY, type StaticServer } from './helpers/staticServer';

/** Hash routes relative to wherever the app is hosted (mirrors src/paths.ts). */
const at = {
  home: '#/',
  preparation: (id: string) => `#/proces/${id}/forberedelse`,
  meeting1: (id: string) => `#/proces/${id}/dialogmoede-1`,
  plan: (id: string) => `#/proces/${id}/handleplan`,
  planPrint: (id: string) => `#/proces/${id}/handleplan/udskrift`,
  bruttolistePrint: (id: string) => `#/proces/${id}/bruttoliste/udskrift`,
};

/**
 * Every file of the build, relative to dist/, but the service worker's own scripts and
 * Vite's build manifest (.vite/manifest.json, read by src/firstLoad.test.ts; the app never
 * fetches it, and the sync server's sirv does not serve dot folders).
 */
async function builtFiles(): Promise<string[]> {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, `${e.parentPath}/${e.name}`))
    .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && !f.startsWith('.vite/'))
    .sort();
}

/** What the service worker holds in Cache Storage, relative to where the app is hosted. */
function cachedFiles(page: Page, base: string): Promise<string[]> {
  return page.evaluate(async (base) => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        url.search = ''; // Workbox's revision parameter
        urls.push(url.href.slice(base.length));
      }
    }
    return urls.sort();
  }, base);
}

async function openAt(page: Page, server: StaticServer, hash: string): Promise<void> {
  await page.goto(server.url + hash);
  await waitForApp(page);
}

/** Everything a leader does in a meeting room: a process, the meeting, projector, exports. */
async function meetingRoomSession(context: BrowserContext, page: Page, server: StaticServer) {
  await openAt(page, server, at.home);
  await expect(page.getByRole('heading', { level: 1, name: 'Jeres APV-processer' })).toBeVisible();
  const id = await createProcess(page, 'Mødelokalet uden net');

  await openAt(page, server, at.preparation(id));
  await fillAndCommit(participantsInput(page), '12');
  await planMeetings(page, { dialogmoede1: '2030-03-12T13:00' });
  await waitForSaved(page);
  // The calendar export: its writer is a lazily loaded chunk too.
  const ics = await downloadText(page, () =>
    page.getByRole('button', { name: 'Hent møderne som kalenderfil (.ics)' }).click(),
  );
  expect(ics.download.suggestedFilename()).toMatch(/\.ics$/);
  expect(ics.text).toContain('BEGIN:VEVENT');

  // The meeting controller and the projector window (window.open of the same page).
  await openAt(page, server, at.meeting1(id));
  const projector = await openProjector(page, context);
  expect(projector.url()).toContain(new URL(server.url).pathname);
  await controls(page).getByRole('button', { name: 'Start mødet' }).click();
  await expect(page.getByTestId('timer-status')).not.toHaveText('Pause');
  await expect(projector.getByTestId('projector-time')).toBeVisible();
  await controls(page).getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('timer-status')).toHaveText('Pause');
  await expect(projector.getByText('Pause', { exact: true })).toBeVisible();
  await waitForSaved(page);

  // The Word export: its docx library is a lazily loaded chunk.
  await openAt(page, server, at.plan(id));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Hent som Word (.docx)' }).click();
      await page.getByRole('button', { name: 'Eksportér med markerede mangler' }).click();
    })(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as .docx files are
  await expect(page.getByText('Hent som Word (.docx) er hentet.')).toBeVisible();

  // The print views and the other dictionary.
  await openAt(page, server, at.planPrint(id));
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await openAt(page, server, at.bruttolistePrint(id));
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await openAt(page, server, at.home);
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.getByRole('link', { name: 'Processes' })).toBeVisible();
  await page.getByLabel('Language').selectOption('da');
  await expect(page.getByRole('link', { name: 'Processer' })).toBeVisible();
  await projector.close();
  return id;
}

for (const mount of ['/', '/apv/']) {
  test.describe(`offline, hosted at ${mount}`, () => {
    let server: StaticServer;
    test.beforeAll(async () => {
      server = await startStaticServer(undefined, mount);
    });
    test.afterAll(async () => {
      await server.close();
    });

    test('after one visit, the app opens and works with no network', async ({ context }) => {
      const first = await context.newPage();
      await openAt(first, server, at.home);
      await waitForServiceWorker(first);
      expect(await appVersion(first)).not.toBe('');
      // Every chunk of the build is precached at the first visit, not only those it used:
      // routes, projector, print views, docx and ics exports, both dictionaries.
      expect(await cachedFiles(first, server.url)).toEqual(await builtFiles());

      await context.setOffline(true);
      await first.close();
      const page = await context.newPage();
      const { problems } = watchForProblems(page);
      context.on('page', (other) => watchForProblems(other, problems)); // the projector
      // Really offline: the server is not reachable from the page.
      await openAt(page, server, at.home);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await meetingRoomSession(context, page, server);
      expect(problems).toEqual([]);
    });

    test('the sync endpoint always goes to the server, never to the cache', async ({ context }) => {
      const page = await context.newPage();
      await openAt(page, server, at.home);
      await waitForServiceWorker(page);
      // A navigation to …/sync would get the app shell from a navigateFallback without the
      // denylist; it must reach the server.
      await page.goto(`${server.url}sync`);
      await expect(page.locator('body')).toHaveText(SYNC_REPLY);
      await page.goto(`${server.url}sync/room-1?token=x`);
      await expect(page.locator('body')).toHaveText(SYNC_REPLY);
      // And offline it fails instead of answering from a cache.
      await openAt(page, server, at.home);
      await context.setOffline(true);
      const offline = await page.evaluate(async () => {
        try {
          await fetch('./sync', { cache: 'no-store' });
          return 'answered';
        } catch {
          return 'failed';
        }
      });
      expect(offline).toBe('failed');
      const navigation = await page.goto(`${server.url}sync`).catch((error: Error) => error);
      expect(navigation).toBeInstanceOf(Error);
    });
  });
}
