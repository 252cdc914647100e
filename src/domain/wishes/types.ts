/**
 * The stored shapes of the wishes section, in one place, so that its modules need not import
 * each other for their types.
 */

/** One line from an interview group's strength poster. */
export interface Strength {
  id: string;
  text: string;
  /** The interview group (of 3) that wrote it. */
  group: number;
  createdAt: string;
}

/** One line from a brainstorm group's wish poster. */
export interface Wish {
  id: string;
  text: string;
  /** The brainstorm group (of 6) that wrote it. */
  group: number;
  createdAt: string;
  /** The wish this one was merged into as a duplicate; null while it stands on its own. */
  mergedInto: string | null;
  /** When it was struck from the list; null while it is on it. Removed wishes can be restored. */
  removedAt: string | null;
}

/** One change to a wish's tally; a wish's marks are the sum of its entries' deltas. */
export interface MarkEntry {
  id: string;
  wishId: string;
  delta: number;
  at: string;
  /**
   * 'phone' for marks placed on the participants' phones (the meeting room); absent for the
   * marks the leader counts from the posters, so documents from before phones need no change.
   */
  source?: 'phone';
}

/** Duplicates folded into one wish; kept so the merge can be undone exactly. */
export interface WishMerge {
  id: string;
  /** The wish whose row remains. */
  targetId: string;
  /** The duplicates, now shown as "merged into" the target. */
  sourceIds: string[];
  /** The target's wording before the merge chose a (possibly edited) wording. */
  previousText: string;
  at: string;
}

/** The leader's choice of a wish against the pre-selection. */
export interface SelectionOverride {
  wishId: string;
  selected: boolean;
}

/** Which wishes go on from meeting 1 to the assessment meeting. */
export interface Selection {
  /** How many topics to pre-select. */
  target: number;
  overrides: SelectionOverride[];
  /** The method stresses that meeting 1's ranking is input, not a decision, until confirmed. */
  preliminary: boolean;
}

/**
 * A heading over wishes. `wishIds` may also hold wishes since merged away or removed: they
 * are hidden from the views and come back in place when the merge is undone or they are restored.
 */
export interface Theme {
  id: string;
  name: string;
  wishIds: string[];
}

/** The assessment meeting's verdict on a wish: work on it, partly, or not now. */
export const WISH_DECISIONS = ['work', 'partly', 'notNow'] as const;

export type WishDecision = (typeof WISH_DECISIONS)[number];

export interface WishAssessment {
  wishId: string;
  note: string;
  decision: WishDecision | null;
  /** Why this decision; required for 'notNow' so the room hears why at meeting 2. */
  reason: string;
}

/** The guided agenda of the assessment meeting (texts live in the i18n dictionaries). */
export const ANALYSIS_POINT_IDS = [
  'strengths',
  'connections',
  'developmentAreas',
  'keepChange',
  'agreement',
  'frame',
] as const;

export type AnalysisPointId = (typeof ANALYSIS_POINT_IDS)[number];

export type AnalysisNotes = Record<AnalysisPointId, string>;

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
