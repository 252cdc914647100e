import { isListed } from '../wishes/capture';
import { markSource } from '../wishes/marks';
import type { WishesEvent } from '../wishes/events';
import type { WishesSection } from '../wishes/types';

const MAX_ID = 100;

/**
 * The mark events that bring the process's phone marks to `totals` (phone marks per wish, from
 * the room's slots): one `marksAdjusted` per wish that differs, with an id made of the wish and
 * how many phone entries it has, so that two runs from the same document make the same events
 * and repeating them changes nothing. Wishes no longer listed keep the marks they had.
 */
export function phoneMarkEvents(
  section: WishesSection,
  totals: ReadonlyMap<string, number>,
  at: string,
): WishesEvent[] {
  const current = new Map<string, { total: number; entries: number }>();
  for (const mark of section.marks) {
    if (markSource(mark) !== 'phone') continue;
    const known = current.get(mark.wishId) ?? { total: 0, entries: 0 };
    current.set(mark.wishId, { total: known.total + mark.delta, entries: known.entries + 1 });
  }
  const events: WishesEvent[] = [];
  for (const wish of section.wishes) {
    if (!isListed(wish)) continue;
    const now = current.get(wish.id) ?? { total: 0, entries: 0 };
    const delta = (totals.get(wish.id) ?? 0) - now.total;
    if (delta === 0) continue;
    const entryId = `pm.${now.entries}.${wish.id}`.slice(0, MAX_ID);
    events.push({ type: 'marksAdjusted', entryId, wishId: wish.id, delta, at, source: 'phone' });
  }
  return events;
}
