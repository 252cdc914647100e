import type { BruttolisteRow } from './bruttoliste';

export interface RankedRow extends BruttolisteRow {
  /** 1-based; rows with equal marks share a rank ("1, 2, 2, 4"). */
  rank: number;
}

/** Rows by marks, most first; equal marks keep list order so the ranking does not jitter. */
export function rankRows(rows: readonly BruttolisteRow[]): RankedRow[] {
  const sorted = rows.slice().sort((a, b) => b.total - a.total);
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || sorted[index - 1]?.total !== row.total) rank = index + 1;
    return { ...row, rank };
  });
}

/**
 * The wishes tied at the boundary of the top `k` of `ranked` (sorted by marks, most first): all rows with the k-th row's marks, when
 * at least one of them falls inside the top k and one outside. Empty when the cut is clean.
 */
export function tieAtCutoff(ranked: readonly BruttolisteRow[], k: number): string[] {
  const last = ranked[k - 1];
  const next = ranked[k];
  if (k < 1 || !last || !next || last.total !== next.total) return [];
  return ranked.filter((row) => row.total === last.total).map((row) => row.wish.id);
}

/** The method asks for 3–5 topics from meeting 1. */
export const METHOD_TOPICS = { min: 3, max: 5 } as const;

/**
 * How the pre-selection was cut: 'top' took the top `target`; 'allMarked' took every wish
 * with marks (no more than `target` had any); 'beforeTie' stopped above a tie at the cut-off;
 * 'throughTie' took the whole tie, because stopping above it left too few topics.
 */
export type PreselectionRule = 'top' | 'allMarked' | 'beforeTie' | 'throughTie';

export interface Preselection {
  wishIds: string[];
  rule: PreselectionRule;
  /** The wishes tied at the cut-off, for the leader to decide between; empty when none. */
  tie: string[];
}

/**
 * Pre-selects the wishes with most marks without cutting through a tie: when wishes tie at
 * the `target`-th place it stops above the tie if that still leaves at least
 * min(3, target) topics, and otherwise takes the whole tie. Wishes without marks are never
 * pre-selected.
 */
export function preselect(
  ranked: readonly BruttolisteRow[],
  target: number = METHOD_TOPICS.max,
): Preselection {
  const marked = ranked.filter((row) => row.total > 0);
  const ids = (rows: readonly BruttolisteRow[]) => rows.map((row) => row.wish.id);
  if (marked.length <= target) return { wishIds: ids(marked), rule: 'allMarked', tie: [] };
  const tie = tieAtCutoff(marked, target);
  if (tie.length === 0) return { wishIds: ids(marked.slice(0, target)), rule: 'top', tie };
  // Tied rows sit together in the ranking, so the tie is one stretch starting here.
  const firstTied = marked.findIndex((row) => row.wish.id === tie[0]);
  if (firstTied >= Math.min(METHOD_TOPICS.min, target)) {
    return { wishIds: ids(marked.slice(0, firstTied)), rule: 'beforeTie', tie };
  }
  return { wishIds: ids(marked.slice(0, firstTied + tie.length)), rule: 'throughTie', tie };
}
