import { mkdtemp, open as openFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  createProcess,
  downloadText,
  fillAndCommit,
  listedProcessNames,
  open,
  processRow,
  reloadWhenSaved,
  routes,
  waitForSaved,
} from './helpers/app';
import { exampleWorkplace } from './helpers/fixture';
import {
  processKey,
  readRecordJson,
  readStoredProcess,
  storedKeys,
  writeRecord,
} from './helpers/idb';
import { fillPreparation, participantsInput } from './helpers/preparation';

const fixture = exampleWorkplace();

interface Envelope {
  app: string;
  kind: string;
  schemaVersion: number;
  exportedAt: string;
  data: { processes: Record<string, unknown>[] };
}

const importInput = (page: Page) => page.getByLabel('Vælg en sikkerhedskopi (.json)');

async function exportAll(page: Page): Promise<{ text: string; path: string; name: string }> {
  await open(page, routes.backup());
  const { text, path, download } = await downloadText(page, () =>
    page.getByRole('button', { name: 'Gem alle processer i en fil' }).click(),
  );
  return { text, path, name: download.suggestedFilename() };
}

async function importText(page: Page, name: string, text: string): Promise<void> {
  await importInput(page).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

type Doc = Record<string, unknown>;

/**
 * A copy of a real stored process under another id and name. Built from what the app
 * itself wrote, so the tests follow the current schema version without knowing it.
 */
function like(template: Doc, id: string, name: string): Doc {
  return { ...(JSON.parse(JSON.stringify(template)) as Doc), id, name };
}

function envelope(processes: Doc[], schemaVersion = Number(processes[0]?.schemaVersion)): string {
  return JSON.stringify({
    app: 'apv-dialog',
    kind: 'apv-processes',
    format: 1,
    schemaVersion,
    exportedAt: '2026-11-01T10:00:00.000Z',
    data: { processes },
  });
}

/** A backup whose process carries an own "__proto__" key (JSON.parse keeps it as data). */
function withProto(template: Doc): string {
  const doc = JSON.stringify(like(template, 'proto-1', 'Forurenet')).replace(
    /^\{/,
    '{"__proto__":{"polluted":"ja","isAdmin":true},',
  );
  return envelope([like(template, 'x', 'x')]).replace(
    /"processes":\[.*\]\}\}$/,
    () => `"processes":[${doc}]}}`,
  );
}

test.describe('backup', () => {
  test('exports all processes as a JSON envelope and imports them into an empty browser', async ({
    page,
    browser,
  }) => {
    const id = await createProcess(page, fixture.workplace);
    await open(page, routes.preparation(id));
    await fillPreparation(page, fixture);
    await waitForSaved(page);
    await open(page, routes.home());
    const otherId = await createProcess(page, 'Kontoret');

    const { text, path, name } = await exportAll(page);
    expect(name).toMatch(/^apv-dialog-alle-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(text) as Envelope;
    expect(backup.app).toBe('apv-dialog');
    expect(backup.kind).toBe('apv-processes');
    expect(Number.isInteger(backup.schemaVersion) && backup.schemaVersion >= 1).toBe(true);
    expect(backup.data.processes.every((p) => p.schemaVersion === backup.schemaVersion)).toBe(true);
    expect(Number.isNaN(Date.parse(backup.exportedAt))).toBe(false);
    expect(backup.data.processes.map((p) => p.id).sort()).toEqual([id, otherId].sort());
    const exported = backup.data.processes.find((p) => p.id === id);
    // The exported document is the stored one, field for field.
    expect(exported).toEqual(await readStoredProcess(page, id));
    expect(exported).toMatchObject({
      name: fixture.workplace,
      people: { participants: fixture.participants, moedeleder: fixture.moedeleder },
      meetings: fixture.meetings,
    });

    // A new browser context has its own, empty IndexedDB.
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await open(other, routes.home());
      await expect(other.getByText('Der er ingen processer endnu.')).toBeVisible();
      await open(other, routes.backup());
      await expect(other.getByText('Der er ingen processer at gemme endnu.')).toBeVisible();
      await importInput(other).setInputFiles(path);
      await expect(other.getByText('2 processer er hentet ind.')).toBeVisible();
      await waitForSaved(other);
      expect(await readStoredProcess(other, id)).toEqual(exported);

      await open(other, routes.home());
      expect((await listedProcessNames(other)).sort()).toEqual(
        [fixture.workplace, 'Kontoret'].sort(),
      );
      await reloadWhenSaved(other);
      await open(other, routes.preparation(id));
      await expect(participantsInput(other)).toHaveValue(String(fixture.participants));
      await expect(other.getByTestId('absence-percentage')).toHaveText('5,5 %');
    } finally {
      await fresh.close();
    }
  });

  test('exports one process from its dashboard', async ({ page }) => {
    const id = await createProcess(page, 'Børnehuset Solsikken');
    await open(page, routes.home());
    await createProcess(page, 'En anden');
    await open(page, routes.process(id));
    const { text, download } = await downloadText(page, () =>
      page.getByRole('button', { name: 'Gem denne proces i en fil' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(/^apv-boernehuset-solsikken-.*\.json$/);
    const backup = JSON.parse(text) as Envelope;
    expect(backup.data.processes.map((p) => p.id)).toEqual([id]);
  });

  test('importing a process that exists asks: replace, or keep both', async ({ page }) => {
    const id = await createProcess(page, 'Vuggestuen');
    const { text } = await exportAll(page);

    // Same file again: asked; cancel changes nothing.
    await importText(page, 'kopi.json', text);
    const dialog = page.getByRole('dialog', { name: 'Processen findes allerede' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('»Vuggestuen« findes allerede på denne computer.');
    await dialog.getByRole('button', { name: 'Annuller' }).click();
    await expect(dialog).toHaveCount(0);
    await open(page, routes.home());
    expect(await listedProcessNames(page)).toEqual(['Vuggestuen']);

    // Keep both: a copy under a new id beside the original.
    await open(page, routes.backup());
    await importText(page, 'kopi.json', text);
    await dialog.getByRole('button', { name: 'Behold begge' }).click();
    await expect(page.getByText('Én proces er hentet ind.')).toBeVisible();
    await waitForSaved(page);
    await open(page, routes.home());
    expect((await listedProcessNames(page)).sort()).toEqual(['Vuggestuen', 'Vuggestuen (kopi)']);
    const keys = (await storedKeys(page)).filter((k) => k.startsWith('process:'));
    expect(keys).toHaveLength(2);
    expect(keys).toContain(processKey(id));

    // Replace: the file's version takes the place of the existing one.
    const changed = JSON.parse(text) as Envelope;
    changed.data.processes[0]!.name = 'Vuggestuen (fra filen)';
    await open(page, routes.backup());
    await importText(page, 'rettet.json', JSON.stringify(changed));
    await dialog.getByRole('button', { name: 'Erstat den eksisterende' }).click();
    await expect(page.getByText('Én proces er hentet ind.')).toBeVisible();
    await reloadWhenSaved(page);
    await open(page, routes.home());
    expect((await listedProcessNames(page)).sort()).toEqual([
      'Vuggestuen (fra filen)',
      'Vuggestuen (kopi)',
    ]);
    expect((await readStoredProcess<{ name: string }>(page, id))?.name).toBe(
      'Vuggestuen (fra filen)',
    );
  });

  test.describe('broken files are refused with a clear message and change nothing', () => {
    let tempDir = '';
    test.beforeAll(async () => {
      tempDir = await mkdtemp(join(tmpdir(), 'apv-backup-e2e-'));
    });
    test.afterAll(async () => {
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    });

    const cases: { title: string; file: (template: Doc) => string; message: RegExp }[] = [
      {
        title: 'invalid JSON',
        file: () => '{"app": "apv-dialog", "kind": ',
        message: /^Filen er ikke gyldig JSON\..* Intet er ændret\.$/,
      },
      {
        title: 'a JSON file that is not a backup',
        file: () => JSON.stringify({ name: 'Indkøbsliste', items: ['mælk', 'brød'] }),
        message: /^Filen er ikke en sikkerhedskopi fra APV Dialog\. Intet er ændret\.$/,
      },
      {
        title: 'an empty file',
        file: () => '',
        message: /^Filen er tom\. Intet er ændret\.$/,
      },
      {
        title: 'a process whose field has the wrong type',
        file: (template) => {
          const bad = like(template, 'wrong-type', 'Forkert type');
          (bad.people as Doc).participants = '34';
          return envelope([like(template, 'ok-1', 'Gyldig'), bad]);
        },
        message:
          /^Proces nr\. 2 \(»Forkert type«\): felterne passer ikke til formatet \(.*people\.participants.*\)\. Intet er ændret\.$/,
      },
      {
        title: 'a newer schemaVersion',
        file: (template) =>
          envelope([{ ...like(template, 'newer', 'Fremtiden'), schemaVersion: 99 }], 99),
        message:
          /^Proces nr\. 1 \(»Fremtiden«\): den er lavet med en nyere version af appen \(format 99\)\. Opdater appen og prøv igen\. Intet er ændret\.$/,
      },
    ];

    for (const c of cases) {
      test(c.title, async ({ page }) => {
        const id = await createProcess(page, 'Den eksisterende');
        await open(page, routes.preparation(id));
        await fillAndCommit(participantsInput(page), '21');
        await waitForSaved(page);
        const before = await readStoredProcess<Doc>(page, id);
        if (!before) throw new Error('The process was not stored');

        await open(page, routes.backup());
        const file = join(tempDir, `${test.info().testId}.json`);
        await writeFile(file, c.file(before), 'utf8');
        await importInput(page).setInputFiles(file);
        const message = page.locator('.message.error');
        await expect(message).toHaveText(c.message);
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await expect(page.locator('.message.success')).toHaveCount(0);

        expect(
          await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted),
        ).toBeUndefined();
        await waitForSaved(page);
        expect((await storedKeys(page)).filter((k) => k.startsWith('process:'))).toEqual([
          processKey(id),
        ]);
        expect(await readStoredProcess(page, id)).toEqual(before);
        await open(page, routes.home());
        expect(await listedProcessNames(page)).toEqual(['Den eksisterende']);
      });
    }

    test('a process with a __proto__ key is refused', async ({ page }) => {
      const id = await createProcess(page, 'Den eksisterende');
      const template = await readStoredProcess<Doc>(page, id);
      await open(page, routes.backup());
      await importText(page, 'forurenet.json', withProto(template!));
      await expect(page.locator('.message.error')).toHaveText(
        /^Proces nr\. 1 \(»Forurenet«\): .* Intet er ændret\.$/,
        { timeout: 3_000 },
      );
      await open(page, routes.home());
      expect(await listedProcessNames(page)).toEqual(['Den eksisterende']);
      expect(await readStoredProcess(page, id)).toBeDefined();
    });

    test('a process with a __proto__ key never pollutes prototypes or the store', async ({
      page,
    }) => {
      const id = await createProcess(page, 'Den eksisterende');
      await waitForSaved(page);
      const before = await readStoredProcess<Doc>(page, id);
      await open(page, routes.backup());
      await importText(page, 'forurenet.json', withProto(before!));
      // Whatever the outcome (refused, or imported without the key), nothing is polluted.
      await expect(page.locator('.message.error, .message.success')).toBeVisible();
      expect(
        await page.evaluate(() => {
          const probe = {} as Record<string, unknown>;
          return [probe.polluted, probe.isAdmin, Object.getPrototypeOf(probe) === Object.prototype];
        }),
      ).toEqual([undefined, undefined, true]);
      await waitForSaved(page);
      const json = await readRecordJson(page, processKey('proto-1'));
      if (json !== undefined) expect(json).not.toContain('__proto__');
      expect(await readStoredProcess(page, id)).toEqual(before);
    });

    test('a file over 20 MB', async ({ page }) => {
      const id = await createProcess(page, 'Den eksisterende');
      await open(page, routes.backup());
      // 21 MB: a valid-looking start and then padding; the size alone must refuse it.
      const file = join(tempDir, 'stor.json');
      const handle = await openFile(file, 'w');
      try {
        const head = Buffer.from('{"app":"apv-dialog","kind":"apv-processes","pad":"');
        await handle.write(head);
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        for (let i = 0; i < 21; i++) await handle.write(chunk);
        await handle.write(Buffer.from('"}'));
      } finally {
        await handle.close();
      }
      await importInput(page).setInputFiles(file);
      await expect(page.locator('.message.error')).toHaveText(
        'Filen er for stor (21,0 MB). En sikkerhedskopi må højst fylde 20,0 MB. Intet er ændret.',
      );
      await open(page, routes.home());
      expect(await listedProcessNames(page)).toEqual(['Den eksisterende']);
      expect(await readStoredProcess(page, id)).toBeDefined();
    });
  });

  test('a corrupt stored record is set aside with a banner; its raw data can be downloaded; the rest works', async ({
    page,
  }) => {
    const goodId = await createProcess(page, 'Den gode');
    await open(page, routes.home());
    const badId = await createProcess(page, 'Den beskadigede');
    await waitForSaved(page);

    const stored = await readStoredProcess<Doc>(page, badId);
    const corrupt = { ...stored, people: 'ikke en liste' };
    await writeRecord(page, processKey(badId), corrupt);
    await page.reload();

    const banner = page.locator('section.banner');
    await expect(
      banner.getByRole('heading', { name: 'Nogle gemte data kunne ikke læses' }),
    ).toBeVisible();
    await expect(banner).toContainText('Én gemt proces passer ikke til det forventede format.');
    await expect(banner).toContainText('lagt til side og ikke slettet');

    // The raw record can be rescued.
    const { text } = await downloadText(page, () =>
      banner.getByRole('button', { name: /Hent rå data/ }).click(),
    );
    expect(JSON.parse(text)).toEqual(corrupt);

    // It is moved aside in IndexedDB (not dropped), and the other process still works.
    await waitForSaved(page);
    const keys = await storedKeys(page);
    expect(keys).not.toContain(processKey(badId));
    expect(keys.some((k) => k.startsWith(`quarantine:${processKey(badId)}@`))).toBe(true);
    // The page we reloaded was the set-aside process: it says so instead of crashing.
    await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
    await open(page, routes.home());
    await expect(banner).toBeVisible();
    expect(await listedProcessNames(page)).toEqual(['Den gode']);

    await page.getByRole('link', { name: 'Den gode', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Den gode' })).toBeVisible();
    await open(page, routes.preparation(goodId));
    await fillAndCommit(participantsInput(page), '17');
    await reloadWhenSaved(page);
    await expect(participantsInput(page)).toHaveValue('17');
    // The banner stays until the user dismisses the set-aside copy.
    await expect(banner).toBeVisible();

    await banner.getByRole('button', { name: 'Slet den tilsidelagte kopi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slet' }).click();
    await expect(banner).toHaveCount(0);
    await reloadWhenSaved(page);
    await expect(banner).toHaveCount(0);
    expect((await storedKeys(page)).filter((k) => k.startsWith('quarantine:'))).toEqual([]);
    await open(page, routes.home());
    await expect(processRow(page, 'Den gode')).toBeVisible();
  });
});
