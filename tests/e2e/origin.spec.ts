import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page, type Request } from '@playwright/test';
import { createProcess, fillAndCommit, waitForApp, waitForSaved } from './helpers/app';
import { controls, openProjector } from './helpers/meeting';
import { waitForServiceWorker, watchForProblems } from './helpers/offline';
import { participantsInput } from './helpers/preparation';
import { DIST, startStaticServer, type StaticServer } from './helpers/staticServer';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer(DIST, '/');
});
test.afterAll(async () => {
  await server.close();
});

test('a whole session requests nothing from another origin and breaks no CSP rule', async ({
  context,
}) => {
  // Every request of every page and of the service worker, in the whole context.
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  context.on('request', record);
  const problems: string[] = [];
  context.on('page', (p) => watchForProblems(p, problems));

  const page = await context.newPage();
  const go = async (hash: string) => {
    await page.goto(server.url + hash);
    await waitForApp(page);
  };
  await go('#/');
  await waitForServiceWorker(page);
  const id = await createProcess(page, 'Hjørnet');
  await go(`#/proces/${id}/forberedelse`);
  await fillAndCommit(participantsInput(page), '9');
  await waitForSaved(page);
  await go(`#/proces/${id}/dialogmoede-1`);
  const projector = await openProjector(page, context);
  await controls(page).getByRole('button', { name: 'Start mødet' }).click();
  await page.getByRole('button', { name: 'Grupper', exact: true }).click();
  await expect(projector.getByTestId('projector-count-off')).toBeVisible();
  await controls(page).getByRole('button', { name: 'Pause' }).click();
  await waitForSaved(page);
  for (const route of [
    'bruttoliste',
    'bruttoliste/udskrift',
    'vurderingsmoede',
    'dialogmoede-2',
    'handleplan',
    'handleplan/udskrift',
    'opfoelgning',
  ]) {
    await go(`#/proces/${id}/${route}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await go(`#/proces/${id}/handleplan`);
  for (const name of ['Hent som Word (.docx)', 'Hent som CSV til Excel']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name }).click();
        await page.getByRole('button', { name: 'Eksportér med markerede mangler' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toBeTruthy();
  }
  await go('#/sikkerhedskopi');
  await page.getByLabel('Sprog').selectOption('en');
  await expect(page.getByRole('link', { name: 'Processes' })).toBeVisible();
  await projector.close();

  const foreign = requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    return !['data:', 'blob:'].includes(protocol) && origin !== server.origin;
  });
  expect(requests.length).toBeGreaterThan(20);
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
});

test('the CSP allows only the own origin, and the build has no inline script', async ({ page }) => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'");
  expect(csp).toBeDefined();
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toMatch(/connect-src 'self'[;\s]/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  // The CSP comes before any script, and every script in any built HTML file has a src.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  for (const file of (await readdir(DIST)).filter((f) => f.endsWith('.html'))) {
    const text = await readFile(join(DIST, file), 'utf8');
    for (const tag of text.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc=/);
  }

  // In the browser: an injected inline script and a request elsewhere are both refused.
  await page.goto(server.url);
  await waitForApp(page);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    let fetched = 'answered';
    try {
      await fetch('http://192.0.2.1/elsewhere');
    } catch {
      fetched = 'refused';
    }
    await new Promise((r) => setTimeout(r, 100));
    return {
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      fetched,
      violations,
    };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.fetched).toBe('refused');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
});

test('installable: manifest, icons and an active service worker; Chromium reports no errors', async () => {
  // A normal (persistent) profile: Chromium never offers installation in an incognito one,
  // which is what a default Playwright context is.
  const userDataDir = await mkdtemp(join(tmpdir(), 'apv-install-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...test.info().project.use.launchOptions,
    locale: 'da-DK',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await installable(page);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
});

async function installable(page: Page): Promise<void> {
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorker(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null;
  });
  expect(manifest).toMatchObject({
    short_name: 'APV Dialog',
    lang: 'da',
    display: 'standalone',
    start_url: './',
    theme_color: '#1d3557',
  });
  expect(String(manifest?.name)).toContain('arbejdspladsvurdering');
  expect(String(manifest?.description)).toContain('Virker uden net');
  const icons = manifest?.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of icons) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = new URL(src, document.baseURI).href;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, icon.src);
    expect(size).toBe(icon.sizes);
  }

  const cdp = await page.context().newCDPSession(page);
  await expect
    .poll(async () => {
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      return installabilityErrors.map((e) => e.errorId);
    })
    .toEqual([]);
}
