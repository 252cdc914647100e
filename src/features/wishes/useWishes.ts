import { useCallback } from 'react';
import { bruttoliste, type BruttolisteRow } from '../../domain/wishes/bruttoliste';
import { checkWishesEvent, type WishesWarning } from '../../domain/wishes/errors';
import type { WishesEvent } from '../../domain/wishes/events';
import { markBudget, type MarkBudget } from '../../domain/wishes/marks';
import { rankRows, tieAtCutoff, type RankedRow } from '../../domain/wishes/ranking';
import type { WishesRejection } from '../../domain/wishes/rejections';
import type { WishesSection } from '../../domain/wishes/section';
import { currentSelection, type SelectionView } from '../../domain/wishes/selection';
import { useAppStore } from '../../store/store';
import { useCurrentProcess, useProcessId } from '../process/ProcessContext';

export type Attempt =
  { ok: true; warnings: WishesWarning[] } | { ok: false; reason: WishesRejection };

/**
 * Records a wishes event after checking it against the latest document (not a stale render),
 * so a refused event changes nothing and the caller gets the reason to show.
 */
export function useWishesCommand(): (event: WishesEvent) => Attempt {
  // The id only: reading the process here would re-render every caller (each memoised row
  // with a command) after every change.
  const id = useProcessId();
  return useCallback(
    (event) => {
      const state = useAppStore.getState();
      const current = state.processes[id];
      if (!current) return { ok: false, reason: 'unknownWish' };
      const check = checkWishesEvent(current.wishes, event, {
        participants: current.people.participants,
      });
      if (check.ok) state.eventRecorded(id, event);
      return check;
    },
    [id],
  );
}

export interface WishesViews {
  section: WishesSection;
  participants: number | null;
  rows: BruttolisteRow[];
  ranked: RankedRow[];
  budget: MarkBudget;
  selection: SelectionView;
  /** Wish ids tied at the cut-off of the selection target. */
  tie: ReadonlySet<string>;
}

interface SectionViews {
  rows: BruttolisteRow[];
  ranked: RankedRow[];
  selection: SelectionView;
  tie: ReadonlySet<string>;
}

/**
 * Derived views per section object. The bruttoliste page has several components reading
 * them; caching by the (immutable) section computes them once per change, not once each.
 */
const viewsCache = new WeakMap<WishesSection, SectionViews>();
const budgetCache = new WeakMap<
  WishesSection,
  { participants: number | null; budget: MarkBudget }
>();

function sectionBudget(section: WishesSection, participants: number | null): MarkBudget {
  let cached = budgetCache.get(section);
  if (!cached || cached.participants !== participants) {
    cached = { participants, budget: markBudget(section, participants) };
    budgetCache.set(section, cached);
  }
  return cached.budget;
}

function sectionViews(section: WishesSection): SectionViews {
  let views = viewsCache.get(section);
  if (!views) {
    const rows = bruttoliste(section);
    const ranked = rankRows(rows);
    const tie = new Set(
      tieAtCutoff(
        ranked.filter((r) => r.total > 0),
        section.selection.target,
      ),
    );
    views = { rows, ranked, selection: currentSelection(section), tie };
    viewsCache.set(section, views);
  }
  return views;
}

/** The derived views of the wishes section, computed once per change of the section. */
export function useWishesViews(): WishesViews {
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const participants = process.people.participants;
  const budget = sectionBudget(section, participants);
  return { section, participants, budget, ...sectionViews(section) };
}
