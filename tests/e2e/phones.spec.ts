import { createRequire } from 'node:module';
import {
  devices,
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { createProcess, fillAndCommit, open, waitForApp } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { controls, meetingRoutes, openProjector, processWithParticipants } from './helpers/meeting';
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

  // The interviews run; the leader opens the room for phones.
  await page.getByRole('button', { name: 'Gå til: Interview i 3-mandsgrupper' }).click();
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
    await expect(p.getByRole('heading', { level: 2, name: 'Interview: styrker' })).toBeVisible();
  }
  await expect(panel.getByTestId('room-phones')).toContainText('3 telefoner er med');

  // The interviews' scribes add their groups' strengths; they reach the controller's capture.
  const [one, two, three] = phones.map((p) => p.page) as [Page, Page, Page];
  const strengths = ['Vi hjælper hinanden', 'Humor i hverdagen'];
  await one.getByLabel('Din gruppe').selectOption('1');
  await one.getByLabel('En styrke').fill(strengths[0]!);
  await one.getByRole('button', { name: 'Tilføj' }).click();
  await three.getByLabel('Din gruppe').selectOption('3');
  await three.getByLabel('En styrke').fill(strengths[1]!);
  await three.getByRole('button', { name: 'Tilføj' }).click();
  const strengthsCapture = page.getByTestId('strengths-capture');
  for (const strength of strengths) {
    await expect(strengthsCapture.getByText(strength, { exact: true })).toBeVisible({
      timeout: 20_000,
    });
  }
  await expect(strengthsCapture.getByTestId('strengths-capture-group-3')).toContainText(
    strengths[1]!,
  );
  await expect(one.getByRole('listitem')).toHaveText([strengths[0]!]);

  // The brainstorm: two scribes add their groups' wishes; markup and emoji stay literal text.
  await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
  for (const { page: p } of phones) {
    await expect(p.getByRole('heading', { level: 2, name: 'Brainstorm: ønsker' })).toBeVisible();
  }
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
  // Before the summary the gallery shows the strengths the phones wrote; then the wishes.
  for (const strength of strengths) await expect(gallery).toContainText(strength);
  await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
  for (const wish of [...wishes, paperWish]) await expect(gallery).toContainText(wish);

  // The selection: every phone gets three marks.
  await page.getByRole('button', { name: 'Ur og punkt' }).click();
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
  await expect(panel.getByTestId('room-took-part')).toContainText('Interview i 3-mandsgrupper: 2');

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

test("meeting 2 on phones: a group's wish and proposals, the wish one burns for, proposals under the headings", async ({
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
  const id = await createProcess(page, 'Mælkebøtten');
  // Meeting 1 as stored: a bruttoliste of four wishes.
  const wishes = ['Ro i frokostpausen', 'Faste møder', 'Bedre <i>overlap</i> 🙂', 'Mere tid'];
  const stored = (await readStoredProcess<Record<string, Record<string, unknown>>>(page, id))!;
  await writeRecord(page, processKey(id), {
    ...stored,
    wishes: {
      ...stored.wishes,
      wishes: wishes.map((text, i) => ({
        id: `w${i + 1}`,
        text,
        group: i + 1,
        createdAt: '2027-01-20T10:00:00.000Z',
        mergedInto: null,
        removedAt: null,
      })),
    },
  });
  await page.reload();
  await open(page, meetingRoutes.meeting2(id));

  // Step 1 (the first) runs; the projector shows meeting 2, and the leader opens the room.
  await controls(page).getByRole('button', { name: 'Start mødet' }).click();
  const projector = await openProjector(page, laptop);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  const panel = page.getByRole('region', { name: 'Telefoner i rummet' });
  await panel.getByRole('button', { name: 'Åbn rummet for telefoner' }).click();
  await expect(panel.getByRole('status').first()).toHaveText('Forbundet');
  const invite = projector.getByTestId('room-invite');
  await expect(invite).toBeVisible();
  const link = await decodeQr(
    browser,
    await projector.screenshot({ path: `${SHOTS}/projector-invite-meeting2-1920x1080.png` }),
  );

  const phones = [await phone(browser, 'small'), await phone(browser, 'iPhone 13')];
  const [one, two] = phones.map((p) => p.page) as [Page, Page];
  for (const p of [one, two]) {
    await p.goto(link);
    await expect(
      p.getByRole('heading', { level: 2, name: 'Gruppernes prioritering' }),
    ).toBeVisible();
  }

  // Group 1's scribe chooses the group's wish and writes its 3 proposals; a 4th has no field.
  const [A, B, C] = wishes as [string, string, string];
  await one.getByLabel('Din gruppe').selectOption('1');
  await one.getByRole('button', { name: `Vælg: ${B}` }).click();
  await expect(one.locator('.ph-chosen-wish')).toHaveText([B]);
  const proposals = ['Dagsorden dagen før', 'Slut til tiden', 'Skiftes til at lede'];
  for (const text of proposals) {
    await one.getByLabel('Et forslag').fill(text);
    await one.getByRole('button', { name: 'Tilføj' }).click();
    await expect(one.locator('.ph-chosen').getByText(text, { exact: true })).toBeVisible({
      timeout: 20_000,
    });
  }
  await expect(one.getByText('Gruppen har skrevet sine 3 forslag.')).toBeVisible();
  await expect(one.getByLabel('Et forslag')).toHaveCount(0);
  // A wish with proposals cannot be left out from the phone.
  await one.getByText('Vælg et andet ønske').click();
  await expect(one.getByRole('button', { name: `Vælg: ${B}` })).toBeDisabled();
  await one.screenshot({ path: `${SHOTS}/phone-priority-320x640.png`, fullPage: true });
  await expectNoAxeViolations(one);

  // Group 2 chooses another wish; one of its proposals is written offline and arrives late.
  await two.setViewportSize({ width: 390, height: 844 });
  await two.getByLabel('Din gruppe').selectOption('2');
  await two.getByRole('button', { name: `Vælg: ${C}` }).click();
  await expect(two.locator('.ph-chosen-wish')).toHaveText([C]);
  await two.screenshot({ path: `${SHOTS}/phone-priority-390x844.png`, fullPage: true });

  const capture = page.locator('.capture-panel');
  const proposalIn = (text: string) =>
    capture.getByRole('button', { name: `Fjern forslaget »${text}«` });
  for (const text of proposals) await expect(proposalIn(text)).toBeVisible();
  await expect(capture.getByRole('group', { name: 'Gruppe 2' })).toBeVisible();

  await two.context().setOffline(true);
  await two.getByLabel('Et forslag').fill('Vi siger til, når vi er bagud');
  await two.getByRole('button', { name: 'Tilføj' }).click();

  // Step 2: each phone says which prioritised wish it burns for; the hands are counted too.
  await controls(page).getByRole('button', { name: 'Næste punkt' }).click();
  await expect(one.getByRole('heading', { level: 2, name: 'Forslag til handling' })).toBeVisible();
  await two.context().setOffline(false);
  const aside = panel.getByTestId('room-aside');
  await expect(aside).toContainText('Vi siger til, når vi er bagud (kom for sent)', {
    timeout: 20_000,
  });
  // The leader takes the late proposal in anyway.
  await aside
    .getByRole('button', { name: 'Tag med alligevel: Vi siger til, når vi er bagud' })
    .click();
  await expect(aside).toHaveCount(0);
  await expect(two.getByRole('heading', { level: 2, name: 'Forslag til handling' })).toBeVisible();
  await expect(two.getByRole('button', { name: `Jeg brænder mest for: ${A}` })).toHaveCount(0);
  await one.getByRole('button', { name: `Jeg brænder mest for: ${B}` }).click();
  await two.getByRole('button', { name: `Jeg brænder mest for: ${B}` }).click();
  await two.getByRole('button', { name: `Jeg brænder mest for: ${C}` }).click();
  await expect(two.getByRole('button', { name: `Jeg brænder mest for: ${C}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await fillAndCommit(page.getByLabel(`Antal, der vælger: ${B}`), '3');
  await expect(panel.getByTestId('interest-by-source')).toContainText(
    `${B}: 1 fra telefoner og 3 talt i rummet`,
    { timeout: 20_000 },
  );
  await expect(panel.getByTestId('interest-by-source')).toContainText(
    `${C}: 1 fra telefoner og 0 talt i rummet`,
  );
  await expect(page.getByTestId('interest-groups')).toContainText(`${B} – 4 personer`);

  // A proposal under a heading, for the wish the phone burns for.
  await one.getByRole('radio', { name: 'LEDEREN: hvad gør lederen anderledes?' }).check();
  await one.getByLabel('Et forslag').fill('Lederen sender referat');
  await one.getByRole('button', { name: 'Tilføj' }).click();
  await expect(one.locator('.ph-lines').getByText('Lederen sender referat')).toBeVisible({
    timeout: 20_000,
  });
  await expect(proposalIn('Lederen sender referat')).toBeVisible();
  // A reload keeps the phone's choice.
  await two.reload();
  await expect(two.getByRole('button', { name: `Jeg brænder mest for: ${C}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await one.screenshot({ path: `${SHOTS}/phone-action-320x640.png`, fullPage: true });
  await two.screenshot({ path: `${SHOTS}/phone-action-390x844.png`, fullPage: true });
  await expectNoAxeViolations(one);
  await expectNoAxeViolations(two);
  await page.screenshot({ path: `${SHOTS}/controller-room-meeting2-1366x768.png`, fullPage: true });
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
