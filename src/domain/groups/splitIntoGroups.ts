import {
  departmentShares,
  type DepartmentError,
  type DepartmentHeadcount,
  type DepartmentShare,
  type HeadcountAdjustment,
} from './departmentShares';
import { balancedSizes, GROUPING_KINDS, groupCount, type GroupingKind } from './groupSizes';

/** The most people one split handles; more is taken as a typing mistake. */
export const MAX_PEOPLE = 10_000;

export interface GroupMember {
  /** 0-based person number: people are numbered department by department, unknown last. */
  person: number;
  /** The department id, or null when not known. */
  department: string | null;
}

export interface Group {
  /** 1-based: the number the person says when counting off. */
  number: number;
  size: number;
  members: GroupMember[];
}

export interface GroupSplit {
  kind: GroupingKind;
  people: number;
  /** Count off 1..groupCount around the room ("tæl til G") to form these groups. */
  groupCount: number;
  /** Size of each group, by group number; largest first. */
  sizes: number[];
  /** How many groups have each size, largest size first, e.g. 2 groups of 4 and 5 of 3. */
  sizeCounts: { size: number; groups: number }[];
  groups: Group[];
  /** The departments actually dealt out (after any adjustment); empty when none were given. */
  departments: DepartmentShare[];
  headcountAdjustment: HeadcountAdjustment | null;
}

export type SplitError =
  | { kind: 'unknownKind' }
  | { kind: 'notWholeNumber' }
  | { kind: 'tooFew' }
  | { kind: 'tooMany'; limit: number }
  | DepartmentError;

export type SplitResult = { ok: true; split: GroupSplit } | { ok: false; error: SplitError };

function peopleError(people: number): SplitError | null {
  if (!Number.isInteger(people)) return { kind: 'notWholeNumber' };
  if (people < 1) return { kind: 'tooFew' };
  if (people > MAX_PEOPLE) return { kind: 'tooMany', limit: MAX_PEOPLE };
  return null;
}

function countSizes(sizes: number[]): { size: number; groups: number }[] {
  const counts: { size: number; groups: number }[] = [];
  for (const size of sizes) {
    const last = counts.at(-1);
    if (last && last.size === size) last.groups += 1;
    else counts.push({ size, groups: 1 });
  }
  return counts;
}

/**
 * Splits `people` people into groups for one step of the method (bounds: see groupSizes.ts).
 * People are dealt out like cards, department by department: person p joins group
 * (p mod G) + 1. That is the count-off, and it spreads each department across the groups
 * so that any two groups' counts of one department differ by at most 1.
 */
export function splitIntoGroups(
  kind: GroupingKind,
  people: number,
  departments: readonly DepartmentHeadcount[] = [],
): SplitResult {
  if (!GROUPING_KINDS.includes(kind)) return { ok: false, error: { kind: 'unknownKind' } };
  const error = peopleError(people);
  if (error) return { ok: false, error };
  const shares = departmentShares(people, departments);
  if (!shares.ok) return shares;

  const count = groupCount(kind, people);
  const sizes = balancedSizes(people, count);
  const groups: Group[] = sizes.map((size, i) => ({ number: i + 1, size, members: [] }));
  let person = 0;
  for (const { department, count: headcount } of shares.shares) {
    for (let k = 0; k < headcount; k += 1) {
      groups[person % count]?.members.push({ person, department });
      person += 1;
    }
  }
  return {
    ok: true,
    split: {
      kind,
      people,
      groupCount: count,
      sizes,
      sizeCounts: countSizes(sizes),
      groups,
      departments: departments.length === 0 ? [] : shares.shares,
      headcountAdjustment: shares.adjustment,
    },
  };
}
