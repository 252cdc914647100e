import { isListed } from './capture';
import type { Wish, WishesSection } from './types';
import { ownTotals, rootFinder } from './mergeTree';

/** One line of the bruttoliste: a wish with everything merged into it. */
export interface BruttolisteRow {
  wish: Wish;
  /** Source groups of the wish and of every wish merged into it, ascending, each once. */
  groups: number[];
  /** Marks on the wish plus marks on every wish merged into it. */
  total: number;
  /** Of `total`, the marks placed on phones (the rest were counted from the posters). */
  phone: number;
  /** Wishes merged into this one, directly or through earlier merges, in list order. */
  merged: Wish[];
}

/** The gross list: every listed wish in list order, with merged duplicates folded in. One pass. */
export function bruttoliste(section: WishesSection): BruttolisteRow[] {
  const rootOf = rootFinder(section.wishes);
  const own = ownTotals(section.marks);
  const ownPhone = ownTotals(section.marks.filter((mark) => mark.source === 'phone'));
  const rows = new Map<string, BruttolisteRow>();
  const groups = new Map<string, Set<number>>();
  for (const wish of section.wishes) {
    if (!isListed(wish)) continue;
    rows.set(wish.id, { wish, groups: [], total: 0, phone: 0, merged: [] });
    groups.set(wish.id, new Set());
  }
  for (const wish of section.wishes) {
    const root = rootOf(wish.id);
    const row = rows.get(root);
    if (!row) continue; // part of a removed wish
    row.total += own.get(wish.id) ?? 0;
    row.phone += ownPhone.get(wish.id) ?? 0;
    groups.get(root)?.add(wish.group);
    if (wish.id !== root) row.merged.push(wish);
  }
  for (const [id, row] of rows) row.groups = [...(groups.get(id) ?? [])].sort((a, b) => a - b);
  return [...rows.values()];
}

/** Wishes struck from the list, which the UI offers to restore. */
export function removedWishes(section: WishesSection): Wish[] {
  return section.wishes.filter((w) => w.removedAt !== null);
}

export interface RowFilter {
  /** Keep rows with this source group (own or merged). */
  group?: number;
  /** Keep rows whose wording, or a merged wish's wording, contains this (case-insensitive). */
  text?: string;
}

export function filterRows(rows: readonly BruttolisteRow[], filter: RowFilter): BruttolisteRow[] {
  const needle = filter.text?.trim().toLocaleLowerCase('da') ?? '';
  return rows.filter(
    (row) =>
      (filter.group === undefined || row.groups.includes(filter.group)) &&
      (needle === '' ||
        [row.wish, ...row.merged].some((w) => w.text.toLocaleLowerCase('da').includes(needle))),
  );
}

export type RowSortKey = 'list' | 'text' | 'group' | 'marks';

const compareBy: Record<RowSortKey, (a: BruttolisteRow, b: BruttolisteRow) => number> = {
  list: () => 0,
  text: (a, b) => a.wish.text.localeCompare(b.wish.text, 'da'),
  group: (a, b) => (a.groups[0] ?? 0) - (b.groups[0] ?? 0),
  marks: (a, b) => a.total - b.total,
};

/** Sorted copy; ties keep list order (the sort is stable). 'list' keeps the order as given. */
export function sortRows(
  rows: readonly BruttolisteRow[],
  key: RowSortKey,
  direction: 'asc' | 'desc' = 'asc',
): BruttolisteRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.slice().sort((a, b) => sign * compareBy[key](a, b));
}
