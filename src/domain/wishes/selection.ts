import { LIMITS } from '../limits';
import { unlistedReason } from './capture';
import { bruttoliste, type BruttolisteRow } from './bruttoliste';
import { METHOD_TOPICS, preselect, rankRows, type Preselection } from './ranking';
import type { WishesOutcome } from './rejections';
import type { WishesSection, Selection } from './types';

/** A leader may aim for fewer or more topics than the method's 3–5, within reason. */
export const SELECTION_TARGET_RANGE = { min: 1, max: 10 } as const;

export function defaultSelection(): Selection {
  return { target: METHOD_TOPICS.max, overrides: [], preliminary: true };
}

type Outcome = WishesOutcome<WishesSection>;

export function setSelectionTarget(section: WishesSection, target: number): Outcome {
  const { min, max } = SELECTION_TARGET_RANGE;
  if (!Number.isInteger(target) || target < min || target > max) return 'targetOutOfRange';
  if (target === section.selection.target) return section;
  return { ...section, selection: { ...section.selection, target } };
}

/** Selects (true) or deselects (false) a wish against the pre-selection; null clears the choice. */
export function overrideSelection(
  section: WishesSection,
  input: { wishId: string; selected: boolean | null },
): Outcome {
  const reason = unlistedReason(section.wishes.find((w) => w.id === input.wishId));
  if (reason) return reason;
  const current = section.selection.overrides.find((o) => o.wishId === input.wishId);
  if ((current?.selected ?? null) === input.selected) return section;
  const others = section.selection.overrides.filter((o) => o.wishId !== input.wishId);
  if (others.length >= LIMITS.listItems) return 'listFull';
  const overrides =
    input.selected === null
      ? others
      : [...others, { wishId: input.wishId, selected: input.selected }];
  return { ...section, selection: { ...section.selection, overrides } };
}

export function setSelectionPreliminary(section: WishesSection, preliminary: boolean): Outcome {
  if (section.selection.preliminary === preliminary) return section;
  return { ...section, selection: { ...section.selection, preliminary } };
}

export interface SelectionView {
  /** The chosen wishes in ranking order: the pre-selection with the leader's overrides. */
  wishIds: string[];
  preselection: Preselection;
  preliminary: boolean;
}

/** `ranked` is the section's ranked bruttoliste, for a caller that has it already. */
export function currentSelection(
  section: WishesSection,
  ranked: readonly BruttolisteRow[] = rankRows(bruttoliste(section)),
): SelectionView {
  const preselection = preselect(ranked, section.selection.target);
  const chosen = new Set(preselection.wishIds);
  for (const { wishId, selected } of section.selection.overrides) {
    if (selected) chosen.add(wishId);
    else chosen.delete(wishId);
  }
  // Overrides on wishes since merged or removed drop out here: only ranked rows count.
  const wishIds = ranked.filter((row) => chosen.has(row.wish.id)).map((row) => row.wish.id);
  return { wishIds, preselection, preliminary: section.selection.preliminary };
}
