import { LIMITS } from '../limits';
import { cleanText, isGroupNumber, isIsoTime, isValidId, replaceAt } from './fields';
import type { WishesOutcome, WishesRejection } from './rejections';
import type { WishesSection, Wish } from './types';

export interface LineInput {
  id: string;
  text: string;
  group: number;
  at: string;
}

type Outcome = WishesOutcome<WishesSection>;

/** The cleaned line, or why it cannot be added to `list`. */
function newLine(
  list: readonly { id: string }[],
  input: LineInput,
): WishesRejection | { id: string; text: string; group: number; createdAt: string } {
  if (!isValidId(input.id)) return 'invalidId';
  if (list.some((item) => item.id === input.id)) return 'duplicateId';
  if (!isIsoTime(input.at)) return 'invalidTime';
  if (!isGroupNumber(input.group)) return 'invalidGroup';
  if (list.length >= LIMITS.listItems) return 'listFull';
  const text = cleanText(input.text);
  if (text === null) return 'emptyText';
  return { id: input.id, text, group: input.group, createdAt: input.at };
}

export function addStrength(section: WishesSection, input: LineInput): Outcome {
  const line = newLine(section.strengths, input);
  if (typeof line === 'string') return line;
  return { ...section, strengths: [...section.strengths, line] };
}

export function editStrength(
  section: WishesSection,
  input: { id: string; text: string; group: number },
): Outcome {
  const index = section.strengths.findIndex((s) => s.id === input.id);
  const strength = section.strengths[index];
  if (!strength) return 'unknownStrength';
  if (!isGroupNumber(input.group)) return 'invalidGroup';
  const text = cleanText(input.text);
  if (text === null) return 'emptyText';
  if (text === strength.text && input.group === strength.group) return section;
  const strengths = replaceAt(section.strengths, index, { ...strength, text, group: input.group });
  return { ...section, strengths };
}

export function removeStrength(section: WishesSection, id: string): Outcome {
  if (!section.strengths.some((s) => s.id === id)) return 'unknownStrength';
  return { ...section, strengths: section.strengths.filter((s) => s.id !== id) };
}

export function addWish(section: WishesSection, input: LineInput): Outcome {
  const line = newLine(section.wishes, input);
  if (typeof line === 'string') return line;
  return {
    ...section,
    wishes: [...section.wishes, { ...line, mergedInto: null, removedAt: null }],
  };
}

/** Edits wording and source group; works on merged and removed wishes too (they stay traceable). */
export function editWish(
  section: WishesSection,
  input: { id: string; text: string; group: number },
): Outcome {
  return updateWish(section, input.id, (wish) => {
    if (!isGroupNumber(input.group)) return 'invalidGroup';
    const text = cleanText(input.text);
    if (text === null) return 'emptyText';
    if (text === wish.text && input.group === wish.group) return wish;
    return { ...wish, text, group: input.group };
  });
}

/** Strikes a wish from the list; it keeps its marks, theme place and merged wishes for a restore. */
export function removeWish(section: WishesSection, input: { id: string; at: string }): Outcome {
  return updateWish(section, input.id, (wish) => {
    if (!isIsoTime(input.at)) return 'invalidTime';
    if (wish.removedAt !== null) return 'wishRemoved';
    // A duplicate leaves the list through its merge; undo that first.
    if (wish.mergedInto !== null) return 'wishMerged';
    return { ...wish, removedAt: input.at };
  });
}

export function restoreWish(section: WishesSection, id: string): Outcome {
  return updateWish(section, id, (wish) =>
    wish.removedAt === null ? 'wishNotRemoved' : { ...wish, removedAt: null },
  );
}

/** Applies `change` to one wish; returns the same section when the wish comes back unchanged. */
export function updateWish(
  section: WishesSection,
  id: string,
  change: (wish: Wish) => Wish | WishesRejection,
): Outcome {
  const index = section.wishes.findIndex((w) => w.id === id);
  const wish = section.wishes[index];
  if (!wish) return 'unknownWish';
  const next = change(wish);
  if (typeof next === 'string') return next;
  return next === wish ? section : { ...section, wishes: replaceAt(section.wishes, index, next) };
}

/** A wish that is a row of its own on the bruttoliste: neither merged away nor removed. */
export const isListed = (wish: Wish): boolean =>
  wish.mergedInto === null && wish.removedAt === null;

/** Why a wish cannot take marks, a decision, a theme or a selection: it must be listed. */
export function unlistedReason(wish: Wish | undefined): WishesRejection | null {
  if (!wish) return 'unknownWish';
  if (wish.mergedInto !== null) return 'wishMerged';
  if (wish.removedAt !== null) return 'wishRemoved';
  return null;
}
