import { useCallback } from 'react';
import { bruttoliste, type BruttolisteRow } from '../../domain/wishes/bruttoliste';
import type { Wish, MarkEntry, WishesSection, Selection } from '../../domain/wishes/types';
import type { WishesEvent } from '../../domain/wishes/events';
import { markBudget, type MarkBudget } from '../../domain/wishes/marks';
import { rankRows, tieAtCutoff, type RankedRow } from '../../domain/wishes/ranking';
import { currentSelection, type SelectionView } from '../../domain/wishes/selection';
import { useAppStore, type RecordOutcome } from '../../store/store';
import { useCurrentProcess, useProcessId } from './ProcessContext';

export type Attempt = RecordOutcome<WishesEvent>;

/** Records a wishes event; a refused one changes nothing and the caller gets the reason. */
export function useWishesCommand(): (event: WishesEvent) => Attempt {
  // The id only: reading the process here would re-render every caller (each memoised row
  // with a command) after every change.
  const id = useProcessId();
  return useCallback((event) => useAppStore.getState().eventRecorded(id, event), [id]);
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
 * Derived views, cached on what they are derived from. The rows and the ranking depend only on
 * the wishes and the marks, and the selection also on the leader's choices, so a theme move or
 * an assessment note reuses them (and the components keyed on them do not re-render). Several
 * components read them, so each is computed once per change, not once per reader.
 */
const listCache = new WeakMap<
  Wish[],
  { marks: MarkEntry[]; rows: BruttolisteRow[]; ranked: RankedRow[] }
>();
const selectionCache = new WeakMap<
  RankedRow[],
  { choices: Selection; selection: SelectionView; tie: ReadonlySet<string> }
>();
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

function listViews(section: WishesSection) {
  let cached = listCache.get(section.wishes);
  if (!cached || cached.marks !== section.marks) {
    const rows = bruttoliste(section);
    cached = { marks: section.marks, rows, ranked: rankRows(rows) };
    listCache.set(section.wishes, cached);
  }
  return cached;
}

function sectionViews(section: WishesSection): SectionViews {
  const { rows, ranked } = listViews(section);
  let cached = selectionCache.get(ranked);
  if (!cached || cached.choices !== section.selection) {
    const tie = new Set(
      tieAtCutoff(
        ranked.filter((r) => r.total > 0),
        section.selection.target,
      ),
    );
    cached = {
      choices: section.selection,
      selection: currentSelection(section, ranked),
      tie,
    };
    selectionCache.set(ranked, cached);
  }
  return { rows, ranked, selection: cached.selection, tie: cached.tie };
}

/** The derived views of the wishes section, each computed once per change of what it reads. */
export function useWishesViews(): WishesViews {
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const participants = process.people.participants;
  const budget = sectionBudget(section, participants);
  return { section, participants, budget, ...sectionViews(section) };
}
