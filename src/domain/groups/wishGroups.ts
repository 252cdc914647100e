import { LIMITS } from '../limits';
import { balancedSizes } from './groupSizes';
import { MAX_PEOPLE } from './splitIntoGroups';

/**
 * Meeting 2, step 2: each person says which prioritised wish they burn most for, and one
 * group forms per chosen wish. Groups outside these sizes get a warning.
 */
export const WISH_GROUP_MIN_SIZE = 3;
export const WISH_GROUP_MAX_SIZE = 8;

/** One person's choice; `person` is a 0-based person number. */
export interface WishChoice {
  person: number;
  wish: string;
}

export interface WishCount {
  wish: string;
  count: number;
}

export interface WishGroup {
  /** 1-based, in the order the wishes were first chosen (or listed). */
  number: number;
  wish: string;
  size: number;
  /** The people in the group, or null when only counts were given. */
  members: number[] | null;
}

export type WishGroupWarning =
  | { kind: 'tooSmall'; wish: string; size: number; min: number }
  /** suggestedSizes: balanced sub-groups of at most WISH_GROUP_MAX_SIZE; count off to their number. */
  | { kind: 'tooLarge'; wish: string; size: number; max: number; suggestedSizes: number[] };

export interface WishGrouping {
  groups: WishGroup[];
  warnings: WishGroupWarning[];
}

export type WishGroupError =
  | { kind: 'tooManyPeople'; limit: number }
  | { kind: 'tooManyWishes'; limit: number }
  | { kind: 'badWishId'; index: number }
  | { kind: 'badPerson'; index: number }
  | { kind: 'duplicatePerson'; person: number }
  | { kind: 'duplicateWish'; wish: string }
  | { kind: 'badCount'; wish: string; count: number };

export type WishGroupResult =
  { ok: true; grouping: WishGrouping } | { ok: false; error: WishGroupError };

const isWishId = (wish: unknown): wish is string =>
  typeof wish === 'string' && wish !== '' && wish.length <= LIMITS.shortText;

function warningFor(wish: string, size: number): WishGroupWarning | null {
  if (size < WISH_GROUP_MIN_SIZE) return { kind: 'tooSmall', wish, size, min: WISH_GROUP_MIN_SIZE };
  if (size <= WISH_GROUP_MAX_SIZE) return null;
  const subGroups = Math.ceil(size / WISH_GROUP_MAX_SIZE);
  return {
    kind: 'tooLarge',
    wish,
    size,
    max: WISH_GROUP_MAX_SIZE,
    suggestedSizes: balancedSizes(size, subGroups),
  };
}

function withWarnings(groups: WishGroup[]): WishGrouping {
  const warnings = groups
    .map((g) => warningFor(g.wish, g.size))
    .filter((w): w is WishGroupWarning => w !== null);
  return { groups, warnings };
}

/** One group per chosen wish, from each person's choice (each person at most once). */
export function wishGroupsFromChoices(choices: readonly WishChoice[]): WishGroupResult {
  if (choices.length > MAX_PEOPLE) {
    return { ok: false, error: { kind: 'tooManyPeople', limit: MAX_PEOPLE } };
  }
  const byWish = new Map<string, number[]>();
  const seen = new Set<number>();
  for (const [index, { person, wish }] of choices.entries()) {
    if (!isWishId(wish)) return { ok: false, error: { kind: 'badWishId', index } };
    if (!Number.isInteger(person) || person < 0 || person >= MAX_PEOPLE) {
      return { ok: false, error: { kind: 'badPerson', index } };
    }
    if (seen.has(person)) return { ok: false, error: { kind: 'duplicatePerson', person } };
    seen.add(person);
    const members = byWish.get(wish);
    if (members) members.push(person);
    else byWish.set(wish, [person]);
  }
  const groups = [...byWish].map(([wish, members], i) => ({
    number: i + 1,
    wish,
    size: members.length,
    members,
  }));
  return { ok: true, grouping: withWarnings(groups) };
}

/** One group per wish with a count above zero, from head counts per wish. */
export function wishGroupsFromCounts(counts: readonly WishCount[]): WishGroupResult {
  if (counts.length > LIMITS.listItems) {
    return { ok: false, error: { kind: 'tooManyWishes', limit: LIMITS.listItems } };
  }
  const seen = new Set<string>();
  let total = 0;
  for (const [index, { wish, count }] of counts.entries()) {
    if (!isWishId(wish)) return { ok: false, error: { kind: 'badWishId', index } };
    if (seen.has(wish)) return { ok: false, error: { kind: 'duplicateWish', wish } };
    seen.add(wish);
    if (!Number.isInteger(count) || count < 0) {
      return { ok: false, error: { kind: 'badCount', wish, count } };
    }
    total += count;
    if (total > MAX_PEOPLE)
      return { ok: false, error: { kind: 'tooManyPeople', limit: MAX_PEOPLE } };
  }
  const groups = counts
    .filter(({ count }) => count > 0)
    .map(({ wish, count }, i) => ({ number: i + 1, wish, size: count, members: null }));
  return { ok: true, grouping: withWarnings(groups) };
}
