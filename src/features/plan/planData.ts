import { format } from 'date-fns';
import type { ApvProcess } from '../../domain/document';
import type { ExportLabels, PlanExportInput } from '../../domain/export/planRows';
import { planExportInput } from '../../domain/export/processExport';

/** Everything an export needs from the process, with the day of export. */
export function exportInput(
  process: ApvProcess,
  labels: ExportLabels,
  today: Date,
  markGaps = false,
): PlanExportInput {
  return planExportInput(process, labels, format(today, 'yyyy-MM-dd'), markGaps);
}
