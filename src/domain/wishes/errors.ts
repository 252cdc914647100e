import { wishesEventOutcome, type WishesEvent } from './events';
import { markBudget } from './marks';
import { isRejection, type WishesRejection } from './rejections';
import type { WishesSection } from './section';

/** What the wishes section needs from the rest of the process to judge an event. */
export interface WishesContext {
  participants: number | null;
}

/** Accepted, but worth telling the user: more marks counted than the room has (3 each). */
export type WishesWarning = 'overBudget';

export type WishesEventCheck =
  { ok: false; reason: WishesRejection } | { ok: true; warnings: WishesWarning[] };

/** Why the UI should refuse `event` (the reducer would ignore it), or the warnings it raises. */
export function checkWishesEvent(
  section: WishesSection,
  event: WishesEvent,
  context: WishesContext,
): WishesEventCheck {
  const outcome = wishesEventOutcome(section, event);
  if (isRejection(outcome)) return { ok: false, reason: outcome };
  const raisesMarks = event.type === 'marksCounted' || event.type === 'marksAdjusted';
  const over = raisesMarks && outcome !== section && markBudget(outcome, context.participants).over;
  return { ok: true, warnings: over ? ['overBudget'] : [] };
}

/** Just the reason an event would be refused, or null when it would be accepted. */
export function wishesEventError(
  section: WishesSection,
  event: WishesEvent,
): WishesRejection | null {
  const outcome = wishesEventOutcome(section, event);
  return isRejection(outcome) ? outcome : null;
}
