import { LIMITS } from '../limits';
import { isListed, unlistedReason } from './capture';
import { isIsoTime, isValidId } from './fields';
import { rootFinder, rowTotals } from './mergeTree';
import type { WishesOutcome, WishesRejection } from './rejections';
import type { WishesSection, MarkEntry } from './types';

/** The method gives each participant three marks. */
export const MARKS_PER_PARTICIPANT = 3;

/** Every +/− press is an entry, so a large room needs far more than LIMITS.listItems. */
export const MAX_MARK_ENTRIES = 50_000;

export interface MarkInput {
  entryId: string;
  wishId: string;
  at: string;
  source?: 'phone';
}

type Outcome = WishesOutcome<WishesSection>;

/**
 * Sets a row's paper count (the marks on the poster) to the number typed in, by adding the
 * difference as an entry; the row's phone marks stay as they are. No row can hold more marks
 * than the whole room has (`roomMarks`, null while unknown).
 */
export function countMarks(
  section: WishesSection,
  input: MarkInput & { count: number },
  roomMarks: number | null = null,
): Outcome {
  const problem = countProblem(input.count);
  if (problem) return problem;
  const phone = rowTotal(section, input.wishId, 'phone');
  return addEntry(section, input, roomMarks, (total) => input.count - (total - phone));
}

/** Adds (+) or takes away (−) marks on a row. */
export function adjustMarks(
  section: WishesSection,
  input: MarkInput & { delta: number },
  roomMarks: number | null = null,
): Outcome {
  const problem = countProblem(Math.abs(input.delta));
  if (problem) return problem;
  return addEntry(section, input, roomMarks, () => input.delta);
}

/** Why a typed count is not a count of marks. */
function countProblem(count: number): WishesRejection | null {
  if (typeof count !== 'number' || Number.isNaN(count)) return 'notANumber';
  if (!Number.isInteger(count)) return 'notWholeNumber';
  if (count < 0) return 'negativeCount';
  if (count > LIMITS.count) return 'countTooLarge';
  return null;
}

function addEntry(
  section: WishesSection,
  input: MarkInput,
  roomMarks: number | null,
  deltaFor: (rowTotal: number) => number,
): Outcome {
  if (!isValidId(input.entryId)) return 'invalidId';
  if (!isIsoTime(input.at)) return 'invalidTime';
  const reason = unlistedReason(section.wishes.find((w) => w.id === input.wishId));
  if (reason) return reason;
  if (section.marks.some((m) => m.id === input.entryId)) return 'duplicateId';
  const total = rowTotal(section, input.wishId);
  const delta = deltaFor(total);
  if (delta === 0) return section;
  if (total + delta < 0) return 'negativeCount';
  if (total + delta > LIMITS.count) return 'countTooLarge';
  if (delta > 0 && roomMarks !== null && total + delta > roomMarks) return 'moreThanRoomHas';
  if (section.marks.length >= MAX_MARK_ENTRIES) return 'listFull';
  const entry: MarkEntry = { id: input.entryId, wishId: input.wishId, delta, at: input.at };
  if (input.source) entry.source = input.source;
  return { ...section, marks: [...section.marks, entry] };
}

/**
 * Marks on a listed wish's row: its own entries plus those of wishes merged into it; all of
 * them, or only those from the phones or the posters.
 */
export function rowTotal(section: WishesSection, wishId: string, only?: MarkSource): number {
  const rootOf = rootFinder(section.wishes);
  let total = 0;
  for (const mark of section.marks) {
    if (only && markSource(mark) !== only) continue;
    if (rootOf(mark.wishId) === wishId) total += mark.delta;
  }
  return total;
}

export type MarkSource = 'phone' | 'paper';

export const markSource = (mark: MarkEntry): MarkSource => mark.source ?? 'paper';

/** Marks on the listed rows from each source, for the projector and the record. */
export function marksBySource(section: WishesSection): Record<MarkSource, number> {
  const listed = new Set(section.wishes.filter(isListed).map((w) => w.id));
  const rootOf = rootFinder(section.wishes);
  const sums: Record<MarkSource, number> = { phone: 0, paper: 0 };
  for (const mark of section.marks) {
    if (listed.has(rootOf(mark.wishId))) sums[markSource(mark)] += mark.delta;
  }
  return sums;
}

export interface MarkBudget {
  /** Marks on the listed rows. */
  used: number;
  /** Marks the room has: three per participant; null while participants are unknown. */
  available: number | null;
  /** Marks still to place (negative when over); null while participants are unknown. */
  remaining: number | null;
  /** More marks counted than the room has: a counting slip worth a warning, not a refusal. */
  over: boolean;
}

export function markBudget(section: WishesSection, participants: number | null): MarkBudget {
  const listed = new Set(section.wishes.filter(isListed).map((w) => w.id));
  let used = 0;
  for (const [id, total] of rowTotals(section.wishes, section.marks)) {
    if (listed.has(id)) used += total;
  }
  const available = participants === null ? null : participants * MARKS_PER_PARTICIPANT;
  const remaining = available === null ? null : available - used;
  return { used, available, remaining, over: remaining !== null && remaining < 0 };
}
