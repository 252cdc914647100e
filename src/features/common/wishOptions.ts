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
