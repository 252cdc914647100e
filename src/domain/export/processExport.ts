import type { ApvProcess } from '../document';
import type { ExportLabels, PlanExportInput } from './planRows';
import { traceWishes } from './traceWishes';

/** Everything the plan's exports need from a process, on the day of export ('yyyy-MM-dd'). */
export function planExportInput(
  process: ApvProcess,
  labels: ExportLabels,
  exportDate: string,
  markGaps = false,
): PlanExportInput {
  return {
    workplace: process.name,
    exportDate,
    plan: process.plan,
    absenceBaseline: process.absence.baseline,
    wishes: traceWishes(process.wishes),
    meeting2: process.meeting2,
    followUp: process.followUp,
    labels,
    markGaps,
  };
}
