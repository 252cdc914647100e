/**
 * How many groups, and of which sizes, each grouping step of the method uses.
 *
 * Bounds, for N people (all groups of one split differ in size by at most 1):
 * - interview3 (meeting 1, step 2): groups of 3, some of 4 when N is not a multiple of 3.
 *   N < 3: one group of N. N = 5: one group of 5 (3 + 2 would leave a pair, and groups
 *   under 3 are only allowed when there are fewer than 3 people in all). Otherwise 3–4.
 * - brainstorm6 (meeting 1, step 3): groups of about 6. N ≤ 3: one group (two would leave
 *   someone alone). 4 ≤ N < 12: exactly 2 groups (the method asks for at least 2 smaller
 *   groups), so sizes 2–6.
 *   N ≥ 12: round(N / 6) groups, sizes 5–7.
 * - meeting2Four (meeting 2, step 1): groups of 4, some of 3. N ≤ 4: one group of N.
 *   N = 5: one group of 5 (avoids a group of 2). N ≥ 6: sizes 3–4.
 */
export const GROUPING_KINDS = ['interview3', 'brainstorm6', 'meeting2Four'] as const;
export type GroupingKind = (typeof GROUPING_KINDS)[number];

/** The size the method names for each kind of group. */
export const TARGET_GROUP_SIZE: Record<GroupingKind, number> = {
  interview3: 3,
  brainstorm6: 6,
  meeting2Four: 4,
};

/** Below this many people, brainstorm groups are made smaller so there are at least 2. */
export const BRAINSTORM_TWO_GROUPS_BELOW = 12;

/** The smallest group the interview and groups-of-4 steps allow when there is a choice. */
export const SMALLEST_REGULAR_GROUP = 3;

/** Number of groups for N people (N a whole number ≥ 1). */
export function groupCount(kind: GroupingKind, people: number): number {
  switch (kind) {
    case 'interview3':
      // As many groups of 3 as fit; the remaining 1–2 people join groups, making 4s.
      return Math.max(1, Math.floor(people / 3));
    case 'brainstorm6':
      // Two groups need at least 2 people each: no one brainstorms alone.
      if (people < 4) return 1;
      if (people < BRAINSTORM_TWO_GROUPS_BELOW) return 2;
      return Math.round(people / 6);
    case 'meeting2Four':
      // As few groups as keep everyone in groups of at most 4; 5 stays one group.
      if (people === 5) return 1;
      return Math.ceil(people / 4);
  }
}

/**
 * Balanced sizes of `groups` groups for `people` people, largest first: exactly the sizes
 * that counting off 1..groups around the room gives (the first people % groups numbers
 * get one person more).
 */
export function balancedSizes(people: number, groups: number): number[] {
  const base = Math.floor(people / groups);
  const larger = people % groups;
  return Array.from({ length: groups }, (_, i) => (i < larger ? base + 1 : base));
}
