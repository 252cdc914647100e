import { themedList } from '../../domain/wishes/themes';
import type { WishesSection } from '../../domain/wishes/types';

export interface WishOption {
  id: string;
  text: string;
  marks: number;
  groups: number[];
}

export interface WishOptionGroup {
  /** null for wishes under no heading. */
  theme: string | null;
  options: WishOption[];
}

/** The themed list as choices: every listed wish with its marks and source groups. */
export function wishOptionGroups(wishes: WishesSection): WishOptionGroup[] {
  return themedList(wishes)
    .map((g) => ({
      theme: g.theme?.name ?? null,
      options: g.rows.map((r) => ({
        id: r.wish.id,
        text: r.wish.text,
        marks: r.total,
        groups: r.groups,
      })),
    }))
    .filter((g) => g.options.length > 0);
}

/** Every wish ever captured by id (merged or removed ones too, so old references still read). */
export function wishTextById(wishes: WishesSection): Map<string, string> {
  return new Map(wishes.wishes.map((w) => [w.id, w.text]));
}

/** At most this many choices of a long list are shown at a time; a search finds the others. */
export const SHOWN_CHOICES = 40;

/** Whether `text` holds the search `query` (already trimmed and lower-cased). */
export const matchesSearch = (query: string, text: string): boolean =>
  query === '' || text.toLocaleLowerCase('da').includes(query);

export const searchQuery = (search: string): string => search.trim().toLocaleLowerCase('da');

/**
 * The chosen items, then the others that match up to `SHOWN_CHOICES`, in the list's order, and
 * how many match in all (the chosen counted in).
 */
export function pickShown<T>(
  all: readonly T[],
  chosen: (item: T) => boolean,
  match: (item: T) => boolean,
): { items: T[]; matching: number } {
  let room = SHOWN_CHOICES;
  let matching = 0;
  const items = all.filter((item) => {
    if (chosen(item)) {
      matching++;
      return true;
    }
    if (!match(item)) return false;
    matching++;
    return room-- > 0;
  });
  return { items, matching };
}

/** Every option with its theme, in the themed list's order. */
export const flatOptions = (groups: readonly WishOptionGroup[]) =>
  groups.flatMap((g) => g.options.map((o) => ({ ...o, theme: g.theme })));

/** Options with their themes, grouped again under consecutive themes. */
export function byTheme(options: readonly (WishOption & { theme: string | null })[]) {
  const groups: WishOptionGroup[] = [];
  for (const { theme, ...option } of options) {
    const last = groups.at(-1);
    if (last && last.theme === theme) last.options.push(option);
    else groups.push({ theme, options: [option] });
  }
  return groups;
}
