import { interestOf, prioritisedWishIds, type Meeting2 } from '../plan/meeting2';
import type { Meeting2Event } from '../plan/meeting2Events';

/**
 * The events that bring meeting 2's phone interest to `totals` (from the participants' latest
 * interest entries): one `interestCounted` with `source: 'phone'` per prioritised wish whose
 * phone count differs. The event sets the count, so two runs from the same document make the
 * same events and repeating them changes nothing; the hands the leader counted stay as they
 * are. A wish no longer prioritised keeps the count it had.
 */
export function phoneInterestEvents(
  meeting2: Meeting2,
  totals: ReadonlyMap<string, number>,
): Meeting2Event[] {
  return prioritisedWishIds(meeting2).flatMap((wishId): Meeting2Event[] => {
    const count = totals.get(wishId) ?? 0;
    if (interestOf(meeting2, wishId).phone === count) return [];
    return [{ type: 'interestCounted', wishId, count, source: 'phone' }];
  });
}
