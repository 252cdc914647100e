import { emptyAnalysisNotes, type AnalysisNotes, type WishAssessment } from './assessment';
import type { Strength, Wish } from './capture';
import type { MarkEntry } from './marks';
import type { WishMerge } from './merge';
import { defaultSelection, type Selection } from './selection';
import type { Theme } from './themes';

/** What meeting 1 produces and the assessment meeting works on: the bruttoliste and around it. */
export interface WishesSection {
  /** Strength lines from the interview groups' flip-overs. */
  strengths: Strength[];
  /** Every wish ever captured, in list order; merged and removed ones stay for traceability. */
  wishes: Wish[];
  /** Open merges, kept so each can be undone. */
  merges: WishMerge[];
  /** Tally marks as entries that sum to a count, so several people can add at once. */
  marks: MarkEntry[];
  selection: Selection;
  assessments: WishAssessment[];
  analysisNotes: AnalysisNotes;
  /** Headings in display order. */
  themes: Theme[];
}

export function emptyWishesSection(): WishesSection {
  return {
    strengths: [],
    wishes: [],
    merges: [],
    marks: [],
    selection: defaultSelection(),
    assessments: [],
    analysisNotes: emptyAnalysisNotes(),
    themes: [],
  };
}
