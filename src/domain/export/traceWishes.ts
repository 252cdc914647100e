import type { TraceWish } from '../plan/trace';
import { assessmentRows } from '../wishes/assessment';
import type { WishesSection } from '../wishes/types';

/** The bruttoliste's wishes as the trace needs them: groups, marks, assessment decision and note. */
export function traceWishes(wishes: WishesSection): TraceWish[] {
  return assessmentRows(wishes).map((row) => ({
    id: row.wish.id,
    text: row.wish.text,
    groups: row.groups,
    marks: row.total,
    ...(row.assessment
      ? {
          decision: row.assessment.decision ?? undefined,
          assessmentNote: [row.assessment.note, row.assessment.reason]
            .filter((t) => t.trim() !== '')
            .join(' – '),
        }
      : {}),
  }));
}
