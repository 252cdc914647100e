import type { Wish, MarkEntry } from './types';

/**
 * Returns a function that finds the wish heading the row a wish belongs to, following
 * `mergedInto` (merges can nest). Memoised, so resolving every wish is one pass.
 */
export function rootFinder(wishes: readonly Wish[]): (id: string) => string {
  const parent = new Map(wishes.map((w) => [w.id, w.mergedInto]));
  const roots = new Map<string, string>();
  const find = (id: string): string => {
    const known = roots.get(id);
    if (known !== undefined) return known;
    const path: string[] = [];
    let current = id;
    // Bounded walk: corrupt data with a cycle must not hang the app.
    for (let step = 0; step <= wishes.length; step++) {
      const cached = roots.get(current);
      if (cached !== undefined) {
        current = cached;
        break;
      }
      path.push(current);
      const up = parent.get(current);
      if (up === null || up === undefined) break;
      current = up;
    }
    for (const visited of path) roots.set(visited, current);
    return current;
  };
  return find;
}

/** Sum of the mark entries per wish, in one pass. */
export function ownTotals(marks: readonly MarkEntry[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const mark of marks) totals.set(mark.wishId, (totals.get(mark.wishId) ?? 0) + mark.delta);
  return totals;
}

/** Marks per row head: each wish's own marks counted on the wish heading its row. */
export function rowTotals(
  wishes: readonly Wish[],
  marks: readonly MarkEntry[],
): Map<string, number> {
  const rootOf = rootFinder(wishes);
  const totals = new Map<string, number>();
  for (const [wishId, total] of ownTotals(marks)) {
    const root = rootOf(wishId);
    totals.set(root, (totals.get(root) ?? 0) + total);
  }
  return totals;
}
