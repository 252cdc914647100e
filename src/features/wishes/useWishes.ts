import { useCallback, useMemo } from 'react';
import { bruttoliste, type BruttolisteRow } from '../../domain/wishes/bruttoliste';
import { checkWishesEvent, type WishesWarning } from '../../domain/wishes/errors';
import type { WishesEvent } from '../../domain/wishes/events';
import { markBudget, type MarkBudget } from '../../domain/wishes/marks';
import { rankRows, tieAtCutoff, type RankedRow } from '../../domain/wishes/ranking';
import type { WishesRejection } from '../../domain/wishes/rejections';
import type { WishesSection } from '../../domain/wishes/section';
import { currentSelection, type SelectionView } from '../../domain/wishes/selection';
import { useAppStore } from '../../store/store';
import { useCurrentProcess } from '../process/ProcessContext';

export type Attempt =
  { ok: true; warnings: WishesWarning[] } | { ok: false; reason: WishesRejection };

/**
 * Records a wishes event after checking it against the latest document (not a stale render),
 * so a refused event changes nothing and the caller gets the reason to show.
 */
export function useWishesCommand(): (event: WishesEvent) => Attempt {
  const { process } = useCurrentProcess();
  const id = process.id;
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

/** The derived views of the wishes section, computed once per change of the section. */
export function useWishesViews(): WishesViews {
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const participants = process.people.participants;
  const rows = useMemo(() => bruttoliste(section), [section]);
  const ranked = useMemo(() => rankRows(rows), [rows]);
  const budget = useMemo(() => markBudget(section, participants), [section, participants]);
  const selection = useMemo(() => currentSelection(section), [section]);
  const tie = useMemo(
    () =>
      new Set(
        tieAtCutoff(
          ranked.filter((r) => r.total > 0),
          section.selection.target,
        ),
      ),
    [ranked, section.selection.target],
  );
  return { section, participants, rows, ranked, budget, selection, tie };
}
