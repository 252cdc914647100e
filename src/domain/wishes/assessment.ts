import { LIMITS } from '../limits';
import { bruttoliste, type BruttolisteRow } from './bruttoliste';
import { unlistedReason } from './capture';
import { replaceAt } from './fields';
import type { WishesOutcome } from './rejections';
import type {
  WishesSection,
  WishDecision,
  WishAssessment,
  AnalysisPointId,
  AnalysisNotes,
} from './types';

export function emptyAnalysisNotes(): AnalysisNotes {
  return {
    strengths: '',
    connections: '',
    developmentAreas: '',
    keepChange: '',
    agreement: '',
    frame: '',
  };
}

type Outcome = WishesOutcome<WishesSection>;

const blankAssessment = (wishId: string): WishAssessment => ({
  wishId,
  note: '',
  decision: null,
  reason: '',
});

/** Applies `change` to a listed wish's assessment, creating it on first use. */
function updateAssessment(
  section: WishesSection,
  wishId: string,
  change: (assessment: WishAssessment) => WishAssessment | 'missingReason',
): Outcome {
  const reason = unlistedReason(section.wishes.find((w) => w.id === wishId));
  if (reason) return reason;
  const index = section.assessments.findIndex((a) => a.wishId === wishId);
  const current = section.assessments[index] ?? blankAssessment(wishId);
  const next = change(current);
  if (typeof next === 'string') return next;
  if (sameAssessment(current, next)) return section;
  if (index >= 0) return { ...section, assessments: replaceAt(section.assessments, index, next) };
  if (section.assessments.length >= LIMITS.listItems) return 'listFull';
  return { ...section, assessments: [...section.assessments, next] };
}

const sameAssessment = (a: WishAssessment, b: WishAssessment) =>
  a.note === b.note && a.decision === b.decision && a.reason === b.reason;

export function noteAssessment(
  section: WishesSection,
  input: { wishId: string; note: string },
): Outcome {
  const note = input.note.slice(0, LIMITS.longText);
  return updateAssessment(section, input.wishId, (a) => ({ ...a, note }));
}

/** Records the decision; 'notNow' needs a reason, since the wish stays visible with it. */
export function decideWish(
  section: WishesSection,
  input: { wishId: string; decision: WishDecision | null; reason: string },
): Outcome {
  const reason = input.reason.trim().slice(0, LIMITS.longText);
  if (input.decision === 'notNow' && reason === '') return 'missingReason';
  return updateAssessment(section, input.wishId, (a) => ({
    ...a,
    decision: input.decision,
    reason,
  }));
}

export function noteAnalysisPoint(
  section: WishesSection,
  input: { point: AnalysisPointId; text: string },
): Outcome {
  const text = input.text.slice(0, LIMITS.longText);
  if (section.analysisNotes[input.point] === text) return section;
  return { ...section, analysisNotes: { ...section.analysisNotes, [input.point]: text } };
}

export interface AssessedRow extends BruttolisteRow {
  assessment: WishAssessment | null;
}

/** Every listed wish with its assessment; 'notNow' wishes stay on the list with their reason. */
export function assessmentRows(section: WishesSection): AssessedRow[] {
  const byWish = new Map(section.assessments.map((a) => [a.wishId, a]));
  return bruttoliste(section).map((row) => ({
    ...row,
    assessment: byWish.get(row.wish.id) ?? null,
  }));
}
