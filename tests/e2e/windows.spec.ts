import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { createProcess, open, routes } from './helpers/app';
import { readStoredProcess } from './helpers/idb';
import { moedelederInput, participantsInput, question } from './helpers/preparation';

/**
 * Issue 16: windows of one browser fold the same events in the same order, so after the last
 * edit they all show, and IndexedDB holds, the same document; a window whose edit of a field
 * lost to another window's says so beside the field.
 */

interface Stored {
  people: { moedeleder: string; participants: number | null };
  preparation: { answers: { purpose: string } };
}

/** The fields the windows race on: what each shows, and what the stored document holds. */
const FIELDS = [
  {
    name: 'moedeleder',
    locate: moedelederInput,
    value: (w: number, i: number) => `Mødeleder ${w}.${i}`,
    stored: (doc: Stored) => doc.people.moedeleder,
  },
  {
    name: 'participants',
    locate: participantsInput,
    value: (w: number, i: number) => String(10 * (w + 1) + i),
    stored: (doc: Stored) => String(doc.people.participants ?? ''),
  },
  {
    name: 'purpose',
    locate: (page: Page) => question(page, 'purpose'),
    value: (w: number, i: number) => `Formål fra vindue ${w}, skridt ${i}`,
    stored: (doc: Stored) => doc.preparation.answers.purpose,
  },
] as const;

/** A small seeded generator (mulberry32), so that a failing interleaving can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function openWindows(page: Page, count: number): Promise<{ id: string; windows: Page[] }> {
  const id = await createProcess(page, 'Solsikken');
  const windows = [page];
  for (let i = 1; i < count; i++) windows.push(await page.context().newPage());
  for (const w of windows) await open(w, routes.preparation(id));
  return { id, windows };
}

/** Commits a value the way a user would: Enter, leaving the field, or a pause in typing. */
async function edit(field: Locator, value: string, how: number): Promise<void> {
  await field.fill(value);
  if (how === 0) await field.blur();
  else if (how === 1) await field.press('Enter');
}

/** What every window shows in every field, and what IndexedDB holds. */
async function views(windows: Page[], id: string): Promise<string[][]> {
  const stored = (await readStoredProcess<Stored>(windows[0]!, id))!;
  const shown = await Promise.all(
    windows.map((w) => Promise.all(FIELDS.map((f) => f.locate(w).inputValue()))),
  );
  return [FIELDS.map((f) => f.stored(stored)), ...shown];
}

const SEEDS = process.env.E2E_SEED
  ? [Number(process.env.E2E_SEED)]
  : [Date.now() % 100_000, (Date.now() * 7) % 100_000];

for (const count of [2, 3]) {
  for (const [run, seed] of SEEDS.entries()) {
    test(`${count} windows editing the same fields at random agree within a second (run ${run + 1})`, async ({
      page,
    }, testInfo) => {
      testInfo.annotations.push({ type: 'seed', description: String(seed) });
      const next = random(seed);
      const { id, windows } = await openWindows(page, count);
      const steps = 14;
      for (let i = 0; i < steps; i++) {
        const w = Math.floor(next() * count);
        const field = FIELDS[Math.floor(next() * FIELDS.length)]!;
        // Two windows often edit the same field a few milliseconds apart: nothing is awaited.
        const editing = edit(field.locate(windows[w]!), field.value(w, i), Math.floor(next() * 3));
        if (next() < 0.6) void editing.catch(() => {});
        else await editing;
        await windows[w]!.waitForTimeout(Math.floor(next() * 120));
      }
      // Let the last pending commits (a pause commits after 400 ms) happen, then allow 1 s.
      await page.waitForTimeout(500);
      await expect
        .poll(
          async () => {
            const [stored, ...shown] = await views(windows, id);
            return shown.every((s) => s.join('|') === stored!.join('|'));
          },
          { timeout: 1_000, intervals: [100], message: `seed ${seed} (E2E_SEED=${seed})` },
        )
        .toBe(true);
    });
  }
}

test('the window whose edit lost says so beside the field, and can put its value back', async ({
  page,
}) => {
  const { id, windows } = await openWindows(page, 3);
  const [a, b, c] = windows as [Page, Page, Page];
  await edit(moedelederInput(a), 'Anne', 1);
  // B's edit comes later by the clock: it wins everywhere.
  await edit(moedelederInput(b), 'Bo', 1);
  for (const w of windows) await expect(moedelederInput(w)).toHaveValue('Bo');
  const notice = a.getByRole('status').filter({ hasText: 'Ændret i et andet vindue til »Bo«.' });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(a);
  await expect(b.getByText('Ændret i et andet vindue')).toHaveCount(0);
  await expect(c.getByText('Ændret i et andet vindue')).toHaveCount(0);

  await a.getByRole('button', { name: 'Sæt min værdi tilbage (»Anne«)' }).click();
  for (const w of windows) await expect(moedelederInput(w)).toHaveValue('Anne');
  await expect(notice).toHaveCount(0);
  await expect(b.getByRole('status').filter({ hasText: 'til »Anne«' })).toBeVisible();
  await expect
    .poll(async () => (await readStoredProcess<Stored>(c, id))!.people.moedeleder)
    .toBe('Anne');
});

test('a window opened later takes the others’ log, and edits of different fields all stay', async ({
  page,
}) => {
  const { id, windows } = await openWindows(page, 2);
  const [a, b] = windows as [Page, Page];
  await edit(moedelederInput(a), 'Anne', 1);
  const late = await page.context().newPage();
  await open(late, routes.preparation(id));
  await expect(moedelederInput(late)).toHaveValue('Anne');
  await Promise.all([
    edit(participantsInput(b), '24', 1),
    edit(question(late, 'purpose'), 'At bygge videre på det, der virker.', 0),
    edit(moedelederInput(a), 'Anne Hansen', 1),
  ]);
  for (const w of [a, b, late]) {
    await expect(moedelederInput(w)).toHaveValue('Anne Hansen');
    await expect(participantsInput(w)).toHaveValue('24');
    await expect(question(w, 'purpose')).toHaveValue('At bygge videre på det, der virker.');
  }
});
