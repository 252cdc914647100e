import { format } from 'date-fns';
import type { ApvProcess } from '../../domain/document';
import type { ExportLabels, PlanExportInput } from '../../domain/export/planRows';
import { planExportInput } from '../../domain/export/processExport';
import { traceWishes } from '../../domain/export/traceWishes';
import type { TraceWish } from '../../domain/plan/trace';
import type { WishesSection } from '../../domain/wishes/types';

const traced = new WeakMap<WishesSection, TraceWish[]>();

/** The trace's wish rows, made once per version of the wishes however many initiatives read them. */
export function tracedWishes(wishes: WishesSection): TraceWish[] {
  let rows = traced.get(wishes);
  if (!rows) {
    rows = traceWishes(wishes);
    traced.set(wishes, rows);
  }
  return rows;
}

/** Everything an export needs from the process, with the day of export. */
export function exportInput(
  process: ApvProcess,
  labels: ExportLabels,
  today: Date,
  markGaps = false,
): PlanExportInput {
  return planExportInput(process, labels, format(today, 'yyyy-MM-dd'), markGaps);
}
