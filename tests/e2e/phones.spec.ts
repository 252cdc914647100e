import { createRequire } from 'node:module';
import {
  devices,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { waitForApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { controls, openProjector, processWithParticipants } from './helpers/meeting';
import { startSyncServer, type SyncServer } from './helpers/syncServer';

// The leader's laptop (controller and projector) and three phones, through the real server.
const SHOTS = '/tmp/apv-phones';
const require = createRequire(import.meta.url);
let server: SyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server.stop();
});

/** A phone as a mobile context (Chromium with the device's screen, touch and user agent). */
async function phone(
  browser: Browser,
  device: 'iPhone 13' | 'Pixel 7' | 'small',
): Promise<{ context: BrowserContext; page: Page }> {
  const { defaultBrowserType: _ignored, ...profile } =
    device === 'small'
      ? { ...devices['iPhone SE'], viewport: { width: 320, height: 640 } }
      : devices[device];
  const context = await browser.newContext({ ...profile, baseURL: server.url, locale: 'da-DK' });
  return { context, page: await context.newPage() };
}

/** Decodes the QR code in a screenshot of the projector (jsQR, in a blank page of its own). */
async function decodeQr(browser: Browser, png: Buffer): Promise<string> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') });
  const text = await page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const { data } = g.getImageData(0, 0, image.width, image.height);
      const jsQR = (
        window as unknown as {
          jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
        }
      ).jsQR;
      return jsQR(data, image.width, image.height)?.data ?? null;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  await context.close();
  if (!text) throw new Error('No QR code found in the projector screenshot');
  return text;
}

const give = (page: Page, wish: string) =>
  page.getByRole('button', { name: `Sæt en streg: ${wish}` });
const take = (page: Page, wish: string) =>
  page.getByRole('button', { name: `Fjern en streg: ${wish}` });
const myMarks = (page: Page, wish: string) =>
  page.getByRole('listitem').filter({ hasText: wish }).locator('.ph-wish-marks');

test('the room joins from its phones: wishes, three marks each, paper marks beside them', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const laptop = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1366, height: 768 },
  });
  const page = await laptop.newPage();
  await page.goto('/');
  await waitForApp(page);
  await processWithParticipants(page, 'Solsikken', 12);

  // The brainstorm runs; the leader opens the room for phones.
  await page.getByRole('button', { name: 'Gå til: Brainstorm i 6-mandsgrupper' }).click();
  await controls(page).getByRole('button', { name: 'Start mødet' }).click();
  const panel = page.getByRole('region', { name: 'Telefoner i rummet' });
  await panel.getByRole('button', { name: 'Åbn rummet for telefoner' }).click();
  await expect(panel.getByTestId('room-phones')).toContainText('0 telefoner er med');
  await expect(panel.getByRole('status').first()).toHaveText('Forbundet');

  // The projector shows a QR code; decoded from its screenshot, it is the phones' address.
  const projector = await openProjector(page, laptop);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  const invite = projector.getByTestId('room-invite');
  await expect(invite).toBeVisible();
  const shot = await projector.screenshot({ path: `${SHOTS}/projector-invite-1920x1080.png` });
  const link = await decodeQr(browser, shot);
  // The link names the room by its code; the projector shows it, and the address to type it at.
  expect(link).toMatch(new RegExp(`^${server.url}/src/phone/#[0-9A-HJKMNP-TV-Z]{10}$`));
  const code = (await projector.getByTestId('room-code').textContent()) ?? '';
  expect(code).toMatch(/^\w{5} \w{5}$/);
  expect(code.replace(' ', '')).toBe(link.split('#')[1]);
  await expect(invite).toContainText(`${server.url.replace('http://', '')}/m`);
  await expectNoAxeViolations(projector);

  const phones = [
    await phone(browser, 'small'),
    await phone(browser, 'iPhone 13'),
    await phone(browser, 'Pixel 7'),
  ];
  for (const [i, { page: p }] of phones.entries()) {
    if (i === 0) {
      // The smallest phone types the short address and the code, in lower case.
      await p.goto('/m');
      await p.getByLabel('Rummets kode').fill(code.toLowerCase());
      await p.screenshot({ path: `${SHOTS}/phone-code-320x640.png` });
      await expectNoAxeViolations(p);
      await p.getByRole('button', { name: 'Gå ind i rummet' }).click();
      await expect(p).toHaveURL(link);
    } else await p.goto(link);
    await expect(p.getByRole('heading', { level: 2, name: 'Brainstorm: ønsker' })).toBeVisible();
  }
  await expect(panel.getByTestId('room-phones')).toContainText('3 telefoner er med');

  // Two scribes add their groups' wishes; markup and emoji stay literal text.
  const [one, two, three] = phones.map((p) => p.page) as [Page, Page, Page];
  const wishes = ['Mere ro i frokostpausen 🙂', '<b>Bedre</b> planlægning', 'Faste møder hver uge'];
  await one.getByLabel('Din gruppe').selectOption('1');
  await one.getByLabel('Et ønske').fill(wishes[0]!);
  await one.getByRole('button', { name: 'Tilføj' }).click();
  await two.getByLabel('Din gruppe').selectOption('2');
  for (const wish of wishes.slice(1)) {
    await two.getByLabel('Et ønske').fill(wish);
    await two.getByRole('button', { name: 'Tilføj' }).click();
  }
  const capture = page.getByTestId('wishes-capture');
  for (const wish of wishes)
    await expect(capture.getByText(wish, { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(two.getByRole('list').first()).toContainText(wishes[2]!);
  await expect(one.getByRole('listitem')).toHaveText([wishes[0]!]);
  await two.setViewportSize({ width: 390, height: 844 });
  await two.screenshot({ path: `${SHOTS}/phone-wishes-390x844.png` });
  await one.screenshot({ path: `${SHOTS}/phone-wishes-320x640.png` });
  await expectNoAxeViolations(one);

  // A paper wish typed by the leader stands beside them; the gallery shows all four.
  const paperWish = 'Fælles kalender';
  const wishInput = capture.getByRole('textbox', { name: /^Ønske eller drøm fra gruppe/ });
  await wishInput.fill(paperWish);
  await wishInput.press('Enter');
  await page.getByRole('button', { name: 'Galleri', exact: true }).click();
  const gallery = projector.getByTestId('gallery-view');
  for (const wish of [...wishes, paperWish]) await expect(gallery).toContainText(wish);

  // The selection: every phone gets three marks.
  await page.getByRole('button', { name: 'Ur og punkt' }).click();
  await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
  await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
  for (const p of phones.map((x) => x.page)) {
    await expect(p.getByRole('heading', { level: 2, name: 'Udvælgelse' })).toBeVisible();
  }
  const [A, B, C] = wishes as [string, string, string];
  await give(one, A).click();
  await give(one, B).click();
  await give(one, B).click();
  await expect(one.getByRole('heading', { name: 'Alle 3 streger er sat.' })).toBeVisible();
  // A fourth is refused, on the phone itself.
  await give(one, C).click();
  await expect(
    one.getByText('Du har brugt dine 3 streger. Fjern en, hvis du vil flytte den.'),
  ).toBeVisible();
  await expect(myMarks(one, C)).toContainText('0 streger fra dig');
  // The counts stay hidden until the ranking is shown.
  await expect(
    one.getByText('Optællingen vises, når mødelederen lukker afstemningen og viser listen.'),
  ).toBeVisible();

  // Phone two moves a mark from A to B.
  await give(two, A).click();
  await give(two, A).click();
  await give(two, C).click();
  await take(two, A).click();
  await give(two, B).click();
  await expect(myMarks(two, A)).toContainText('1 streg fra dig');

  // Phone three is offline while it votes: its marks go when it is back.
  await three.context().setOffline(true);
  await expect(three.getByRole('status').filter({ hasText: 'Ingen forbindelse' })).toBeVisible();
  await give(three, C).click();
  await give(three, C).click();
  await three.context().setOffline(false);
  await expect(three.getByRole('status').filter({ hasText: 'Ingen forbindelse' })).toBeHidden();

  // The leader counts the paper marks for A; phone marks and paper marks add up.
  const counting = page.getByRole('region', { name: 'Optælling af streger' });
  const paper = counting.getByLabel(`Streger for »${A}«`);
  await paper.fill('2');
  await paper.press('Enter');
  await expect(panel.getByTestId('marks-by-source')).toHaveText(
    '8 streger fra telefoner og 2 fra papir',
  );
  await expect(panel.getByTestId('room-took-part')).toContainText(
    'Udvælgelse af vigtige drømme: 3',
  );
  await expect(panel.getByTestId('room-took-part')).toContainText('Brainstorm i 6-mandsgrupper: 2');

  // A reload keeps the phone's marks.
  await two.reload();
  await expect(myMarks(two, B)).toContainText('1 streg fra dig');
  await expect(myMarks(two, A)).toContainText('1 streg fra dig');
  await expect(two.getByRole('heading', { name: 'Alle 3 streger er sat.' })).toBeVisible();

  // Phone three places its last mark offline; the vote closes before it is back: kept aside.
  await three.context().setOffline(true);
  await give(three, A).click();
  await panel.getByRole('button', { name: 'Luk afstemningen' }).click();
  await three.context().setOffline(false);
  await expect(panel.getByTestId('room-aside')).toContainText('En streg (kom for sent)', {
    timeout: 20_000,
  });
  await expect(panel.getByTestId('marks-by-source')).toHaveText(
    '8 streger fra telefoner og 2 fra papir',
  );

  // The ranking: phone plus paper marks, and the phones see the counts now.
  await page.getByRole('button', { name: 'Rangliste', exact: true }).click();
  await expect(projector.getByTestId('ranking-sources')).toHaveText(
    '8 streger fra telefoner og 2 fra papir',
  );
  const ranked = projector.locator('.projected-list li');
  await expect(ranked.nth(0)).toContainText(A);
  await expect(ranked.nth(0)).toContainText('4');
  await expect(myMarks(one, A)).toContainText('4 streger i alt');
  await expect(myMarks(one, B)).toContainText('3 streger i alt');
  await expect(myMarks(one, C)).toContainText('3 streger i alt');
  await one.screenshot({ path: `${SHOTS}/phone-shown-320x640.png`, fullPage: true });
  await two.screenshot({ path: `${SHOTS}/phone-shown-390x844.png`, fullPage: true });
  await expectNoAxeViolations(two);
  await page.screenshot({ path: `${SHOTS}/controller-room-1366x768.png`, fullPage: true });
  await expectNoAxeViolations(page, { include: '.room-panel' });

  for (const { context } of phones) await context.close();
  await laptop.close();
});

test('a tampered link gets a clear message', async ({ browser }) => {
  const { context, page } = await phone(browser, 'small');
  await page.goto(`${server.url}/src/phone/#abc/def/ghi`);
  await expect(page.getByText('Linket virker ikke.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  // English, loaded when chosen, and kept for the next visit.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('This link does not work.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogue meeting' })).toBeVisible();
  await context.close();
});
