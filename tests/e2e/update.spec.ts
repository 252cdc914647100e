import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createProcess, fillAndCommit, waitForApp, waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { controls, openProjector } from './helpers/meeting';
import { appVersion, buildVersion, checkForUpdate, waitForServiceWorker } from './helpers/offline';
import { participantsInput } from './helpers/preparation';
import { DIST, startStaticServer, type StaticServer } from './helpers/staticServer';

const NEXT = '9.9.9-next';
const banner = (page: Page) => page.getByTestId('update-banner');
const reload = (page: Page) => banner(page).getByRole('button', { name: 'Genindlæs' });

async function shootBanner(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await banner(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/update-${name}-${size.width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe('a new version', () => {
  test.describe.configure({ timeout: 180_000 });
  let server: StaticServer;
  let nextDir: string;

  test.beforeAll(async () => {
    nextDir = await mkdtemp(join(tmpdir(), 'apv-next-build-'));
    await buildVersion(nextDir, NEXT);
    server = await startStaticServer(DIST, '/apv/');
  });
  test.afterAll(async () => {
    await server?.close();
    await rm(nextDir, { recursive: true, force: true });
  });

  test('shows the banner, and a running meeting keeps its version until it is paused', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}#/`);
    await waitForApp(page);
    await waitForServiceWorker(page);
    const oldVersion = await appVersion(page);
    expect(oldVersion).not.toBe(NEXT);

    const id = await createProcess(page, 'Solsikken');
    await page.goto(`${server.url}#/proces/${id}/forberedelse`);
    await fillAndCommit(participantsInput(page), '12');
    await waitForSaved(page);
    await page.goto(`${server.url}#/proces/${id}/dialogmoede-1`);
    await waitForApp(page);
    const projector = await openProjector(page, context);
    await controls(page).getByRole('button', { name: 'Start mødet' }).click();
    await expect(controls(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    await waitForSaved(page);

    // The new version is deployed; the open window finds it.
    server.setRoot(nextDir);
    await checkForUpdate(page);
    await expect(banner(page)).toContainText('Ny version klar.');
    await expect(banner(page)).toContainText('Et møde kører');
    await expect(reload(page)).toHaveCount(0);
    await shootBanner(page, 'meeting-running');

    // Running meeting: both windows keep their version, even when the projector reloads.
    await projector.reload();
    await expect(projector.getByTestId('projector')).toBeVisible();
    expect(await appVersion(projector)).toBe(oldVersion);
    expect(await appVersion(page)).toBe(oldVersion);
    await expect(projector.getByTestId('projector-time')).toBeVisible();

    // Paused: the user may choose the new version; both windows then move to it.
    await controls(page).getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByTestId('timer-status')).toHaveText('Pause');
    await waitForSaved(page);
    await expect(reload(page)).toBeVisible();
    await expect(banner(page)).toContainText('Tryk på »Genindlæs«');
    await expectNoAxeViolations(page);
    await shootBanner(page, 'ready');
    expect(await appVersion(page)).toBe(oldVersion);

    await reload(page).click();
    // (A window reloading has no page to ask for a moment: that counts as "not yet".)
    const versionOf = (p: Page) => () => appVersion(p).catch(() => '');
    await expect.poll(versionOf(page), { timeout: 20_000 }).toBe(NEXT);
    await expect.poll(versionOf(projector), { timeout: 20_000 }).toBe(NEXT);
    // Nothing lost: the meeting is still paused on the new version.
    await waitForApp(page);
    await expect(page.getByTestId('timer-status')).toHaveText('Pause');
    await expect(projector.getByText('Pause', { exact: true })).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
  });
});
