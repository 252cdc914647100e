import { expect, test } from '@playwright/test';
import { createProcess, fillAndCommit, open, reloadWhenSaved, waitForSaved } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';
import { exampleWorkplace } from './helpers/fixture';
import { processKey, readStoredProcess, writeRecord } from './helpers/idb';
import { controls, meetingRoutes, openProjector } from './helpers/meeting';

const raw = exampleWorkplace().raw as unknown as {
  wishes: { id: string; group: number; text: string }[];
  meeting2: { groupsOfFour: { group: number; wish: string }[] };
};
const AT = '2027-01-20T10:00:00.000Z';
/** The wishes the fixture's groups of 4 chose, with the number of people choosing each. */
const chosen = [...new Set(raw.meeting2.groupsOfFour.map((g) => g.wish))].slice(0, 3);
const counts = [5, 10, 2];
const textOf = (id: string) => raw.wishes.find((w) => w.id === id)!.text;

test('meeting 2, step 2: the room is counted by wish, and the projector shows the groups', async ({
  page,
  context,
}) => {
  const id = await createProcess(page, 'Interessegrupper');
  // Meeting 1 and step 1 of meeting 2 as stored: the bruttoliste and the groups' choices.
  const stored = (await readStoredProcess<Record<string, Record<string, unknown>>>(page, id))!;
  await writeRecord(page, processKey(id), {
    ...stored,
    wishes: {
      ...stored.wishes,
      wishes: raw.wishes.map((w) => ({
        id: w.id,
        text: w.text,
        group: w.group,
        createdAt: AT,
        mergedInto: null,
        removedAt: null,
      })),
    },
    meeting2: {
      ...stored.meeting2,
      groupChoices: chosen.map((wish, i) => ({ group: i + 1, wishIds: [wish] })),
    },
  });
  await page.reload();
  await open(page, meetingRoutes.meeting2(id));

  // The leader types how many choose each wish.
  for (const [i, wish] of chosen.entries())
    await fillAndCommit(page.getByLabel(`Antal, der vælger: ${textOf(wish)}`), String(counts[i]));
  const groups = page.getByTestId('interest-groups').getByRole('listitem');
  await expect(groups).toHaveText(
    chosen.map((wish, i) => `Gruppe ${i + 1}: ${textOf(wish)} – ${counts[i]} personer`),
  );
  await expect(page.getByText(`»${textOf(chosen[1]!)}« har 10 – mere end 8.`)).toBeVisible();
  await expect(page.getByText(`»${textOf(chosen[2]!)}« har kun 2`)).toBeVisible();

  // The counts are saved: a reload keeps them.
  await reloadWhenSaved(page);
  await expect(page.getByLabel(`Antal, der vælger: ${textOf(chosen[0]!)}`)).toHaveValue('5');
  await expect(groups).toHaveCount(3);

  // In step 2, the projector's groups view shows one group per wish.
  const projector = await openProjector(page, context);
  await page.getByRole('button', { name: 'Gå til: Gruppearbejde om forslag til handling' }).click();
  await controls(page).getByRole('button', { name: 'Start mødet' }).click();
  await page.getByRole('button', { name: 'Grupper', exact: true }).click();
  const tiles = projector.getByTestId('projector-interest-groups').getByRole('listitem');
  await expect(tiles).toHaveCount(3);
  await expect(tiles.nth(0)).toContainText(textOf(chosen[0]!));
  await expect(tiles.nth(0)).toContainText('5 personer');
  await expect(tiles.nth(1)).toContainText('Deles i 5 + 5');
  await waitForSaved(page);
  await expectNoAxeViolations(projector);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.screenshot({ path: 'test-results/screenshots/projector-interest-groups.png' });
});
