import { absencePercentage, type AbsenceFigures } from '../absence/absence';
import { isLocalDate } from '../plan/fields';
import type { Initiative } from '../plan/handleplan';
import type { AbsenceMeasurement } from './followup';

export interface AbsenceComparison {
  measurementId: string;
  figures: AbsenceFigures;
  percentage: number | null;
  baselinePercentage: number | null;
  /** Percentage points against the baseline (negative = less absence); null if either is unknown. */
  differencePoints: number | null;
  /** The period began before the plan started, so it shows little of the plan's effect. */
  startsBeforePlan: boolean;
}

const toOneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Each measurement after the baseline, compared with it, in period order. */
export function compareAbsence(
  baseline: AbsenceFigures,
  measurements: readonly AbsenceMeasurement[],
  /** First day of the plan ('yyyy-MM-dd'), '' when unknown. */
  planStart: string,
): AbsenceComparison[] {
  const baselinePercentage = absencePercentage(baseline);
  return [...measurements]
    .sort((a, b) => a.figures.from.localeCompare(b.figures.from))
    .map((m) => {
      const percentage = absencePercentage(m.figures);
      return {
        measurementId: m.id,
        figures: m.figures,
        percentage,
        baselinePercentage,
        differencePoints:
          percentage === null || baselinePercentage === null
            ? null
            : toOneDecimal(percentage - baselinePercentage),
        startsBeforePlan: planStart !== '' && m.figures.from !== '' && m.figures.from < planStart,
      };
    });
}

/** The plan's first day: the earliest initiative start, else the approval date, else ''. */
export function planStartDate(
  initiatives: readonly Pick<Initiative, 'start'>[],
  approvalDate: string,
): string {
  const dates = initiatives
    .map((i) => i.start)
    .filter(isLocalDate)
    .sort();
  return dates[0] ?? (isLocalDate(approvalDate) ? approvalDate : '');
}
