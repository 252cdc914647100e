import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { createProcess, fillAndCommit, open, routes, waitForSaved } from './app';
import { participantsInput } from './preparation';

/** Meeting pages and the projector (mirrors src/paths.ts). */
export const meetingRoutes = {
  meeting1: (id: string) => `/#/proces/${encodeURIComponent(id)}/dialogmoede-1`,
  meeting2: (id: string) => `/#/proces/${encodeURIComponent(id)}/dialogmoede-2`,
  projector: (id: string) => `/#/projektor/${encodeURIComponent(id)}`,
};

/** "25:00" → 1500, "+1:05" → -65 (over time counts as negative remaining seconds). */
export function parseClock(text: string): number {
  const match = /^(\+?)(\d+):(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`Not a clock: ${text}`);
  const seconds = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -seconds : seconds;
}

export async function clockSeconds(locator: Locator): Promise<number> {
  return parseClock((await locator.textContent()) ?? '');
}

export const controllerTime = (page: Page) =>
  page.getByTestId('controller-time').locator('.timer-digits');
export const projectorTime = (page: Page) => page.getByTestId('projector-time');
export const controls = (page: Page) => page.getByRole('group', { name: 'Styring af uret' });

/** A process with `participants` people, its meeting-1 page open. */
export async function processWithParticipants(page: Page, name: string, participants: number) {
  const id = await createProcess(page, name);
  await open(page, routes.preparation(id));
  await fillAndCommit(participantsInput(page), String(participants));
  await waitForSaved(page);
  await open(page, meetingRoutes.meeting1(id));
  return id;
}

/** Opens the projector window from the controller's button and waits for it. */
export async function openProjector(page: Page, context: BrowserContext): Promise<Page> {
  const [projector] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Åbn projektorvinduet' }).click(),
  ]);
  await projector.waitForLoadState();
  await expect(projector.getByTestId('projector')).toBeVisible();
  return projector;
}
