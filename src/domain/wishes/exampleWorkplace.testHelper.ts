/**
 * Test-only: reads the example workplace (tests/fixtures/example-workplace.json, a fictional
 * daycare) and replays its meeting 1 as wishes events. Texts stay in the fixture file; nothing
 * here ships in the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isRejection } from '../outcome';
import { ok } from '../testing/ok';
import { applyWishesEvent, type WishesContext, type WishesEvent } from './events';
import { emptyWishesSection } from './section';
import { type WishesSection } from './types';

export interface WorkplaceFixture {
  participants: number;
  strengths: { group: number; items: string[] }[];
  wishes: { id: string; group: number; text: string }[];
  duplicates: string[][];
  marks: Record<string, number>;
  themes: { heading: string; wishes: string[] }[];
  assessment: { wish: string; decision: string; note: string }[];
}

export function readFixture(): WorkplaceFixture {
  const path = resolve(import.meta.dirname, '../../../tests/fixtures/example-workplace.json');
  return JSON.parse(readFileSync(path, 'utf8')) as WorkplaceFixture;
}

export const AT = '2027-01-12T13:00:00+01:00';

/** The room's size is unknown unless a test says otherwise: no mark budget then. */
export const UNKNOWN_ROOM: WishesContext = { participants: null };

/** Replays events that must all be accepted; fails the test with the reason of the first refused. */
export function replay(
  events: readonly WishesEvent[],
  from = emptyWishesSection(),
  context = UNKNOWN_ROOM,
): WishesSection {
  return events.reduce((s, e) => ok(applyWishesEvent(s, e, context)), from);
}

/** Replays any events as a log is replayed: a refused event leaves the section as it was. */
export function replayLog(
  events: readonly WishesEvent[],
  from = emptyWishesSection(),
  context = UNKNOWN_ROOM,
): WishesSection {
  return events.reduce((s, e) => {
    const next = applyWishesEvent(s, e, context);
    return isRejection(next) ? s : next;
  }, from);
}

export const captureEvents = (f: WorkplaceFixture): WishesEvent[] => [
  ...f.strengths.flatMap((s, g) =>
    s.items.map((text, i): WishesEvent => ({
      type: 'strengthAdded',
      strengthId: `s${g}-${i}`,
      text,
      group: s.group,
      at: AT,
    })),
  ),
  ...f.wishes.map((w): WishesEvent => ({
    type: 'wishAdded',
    wishId: w.id,
    text: w.text,
    group: w.group,
    at: AT,
  })),
];

/** Each duplicate set merged into its first wish, keeping that wish's wording. */
export const mergeEvents = (f: WorkplaceFixture): WishesEvent[] =>
  f.duplicates.map(([targetId, ...sourceIds], i) => ({
    type: 'wishesMerged',
    mergeId: `m${i}`,
    targetId: targetId as string,
    sourceIds,
    text: f.wishes.find((w) => w.id === targetId)?.text ?? '',
    at: AT,
  }));

export const markEvents = (f: WorkplaceFixture): WishesEvent[] =>
  Object.entries(f.marks).map(([wishId, count]) => ({
    type: 'marksCounted',
    entryId: `count-${wishId}`,
    wishId,
    count,
    at: AT,
  }));
