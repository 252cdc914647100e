import { LIMITS } from '../limits';
import { unlistedReason } from './capture';
import type { Wish, WishesSection, WishMerge } from './types';
import { cleanText, isIsoTime, isValidId } from './fields';
import { rowTotals } from './mergeTree';
import type { WishesOutcome, WishesRejection } from './rejections';

export interface MergeInput {
  mergeId: string;
  targetId: string;
  sourceIds: readonly string[];
  /** The wording to keep for the merged row. */
  text: string;
  at: string;
}

type Outcome = WishesOutcome<WishesSection>;

export function mergeWishes(section: WishesSection, input: MergeInput): Outcome {
  if (!isValidId(input.mergeId)) return 'invalidId';
  if (section.merges.some((m) => m.id === input.mergeId)) return 'duplicateId';
  if (!isIsoTime(input.at)) return 'invalidTime';
  const text = cleanText(input.text);
  if (text === null) return 'emptyText';
  const byId = new Map(section.wishes.map((w) => [w.id, w]));
  const problem = mergeProblem(byId, input);
  if (problem) return problem;
  const sources = new Set(input.sourceIds);
  const target = byId.get(input.targetId) as Wish;
  const wishes = section.wishes.map((w) => {
    if (sources.has(w.id)) return { ...w, mergedInto: target.id };
    return w.id === target.id ? { ...w, text } : w;
  });
  const merge: WishMerge = {
    id: input.mergeId,
    targetId: target.id,
    sourceIds: [...input.sourceIds],
    previousText: target.text,
    at: input.at,
  };
  return { ...section, wishes, merges: [...section.merges, merge] };
}

function mergeProblem(byId: Map<string, Wish>, input: MergeInput): WishesRejection | null {
  const { targetId, sourceIds } = input;
  if (sourceIds.length === 0) return 'nothingToMerge';
  if (sourceIds.length > LIMITS.listItems) return 'listFull';
  if (sourceIds.includes(targetId)) return 'mergeIntoSelf';
  if (new Set(sourceIds).size !== sourceIds.length) return 'duplicateSource';
  const target = byId.get(targetId);
  if (!target) return 'unknownWish';
  if (target.removedAt !== null) return 'mergeIntoRemoved';
  if (target.mergedInto !== null) return 'mergeIntoMerged';
  for (const id of sourceIds) {
    const reason = unlistedReason(byId.get(id));
    if (reason) return reason;
  }
  return null;
}

/**
 * Undoes a merge: the duplicates stand on their own again with their own marks, themes and
 * notes, and the target gets its earlier wording back. Refused when marks counted on the
 * merged row since would leave the target's row below zero.
 */
export function unmergeWishes(section: WishesSection, mergeId: string): Outcome {
  const merge = section.merges.find((m) => m.id === mergeId);
  if (!merge) return 'unknownMerge';
  const sources = new Set(merge.sourceIds);
  const wishes = section.wishes.map((w) => {
    if (sources.has(w.id)) return { ...w, mergedInto: null };
    return w.id === merge.targetId ? { ...w, text: merge.previousText } : w;
  });
  const totals = rowTotals(wishes, section.marks);
  for (const total of totals.values()) if (total < 0) return 'negativeCount';
  return { ...section, wishes, merges: section.merges.filter((m) => m !== merge) };
}
