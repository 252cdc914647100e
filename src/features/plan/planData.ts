import { format } from 'date-fns';
import type { ApvProcess } from '../../domain/document';
import type { ExportLabels, PlanExportInput } from '../../domain/export/planRows';
import type { TraceWish } from '../../domain/plan/trace';
import { assessmentRows } from '../../domain/wishes/assessment';
import type { WishesSection } from '../../domain/wishes/types';

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

/** Everything an export needs from the process, with the day of export. */
export function exportInput(
  process: ApvProcess,
  labels: ExportLabels,
  today: Date,
  markGaps = false,
): PlanExportInput {
  return {
    workplace: process.name,
    exportDate: format(today, 'yyyy-MM-dd'),
    plan: process.plan,
    absenceBaseline: process.absence.baseline,
    wishes: traceWishes(process.wishes),
    meeting2: process.meeting2,
    followUp: process.followUp,
    labels,
    markGaps,
  };
}
