/** Sickness absence over a period: days lost against planned workdays. */
export interface AbsenceFigures {
  /** First day of the period, yyyy-MM-dd, or '' when not set yet. */
  from: string;
  /** Last day of the period, yyyy-MM-dd, or '' when not set yet. */
  to: string;
  plannedWorkdays: number | null;
  daysLost: number | null;
}

export function emptyAbsenceFigures(): AbsenceFigures {
  return { from: '', to: '', plannedWorkdays: null, daysLost: null };
}

/**
 * The absence percentage: days lost / planned workdays × 100, rounded to one decimal.
 * Undefined (null) unless planned workdays > 0 and days lost is a number ≥ 0.
 */
export function absencePercentage(
  figures: Pick<AbsenceFigures, 'plannedWorkdays' | 'daysLost'>,
): number | null {
  const { plannedWorkdays, daysLost } = figures;
  if (plannedWorkdays === null || daysLost === null) return null;
  if (!(plannedWorkdays > 0) || !(daysLost >= 0) || !Number.isFinite(daysLost)) return null;
  return Math.round((daysLost / plannedWorkdays) * 1000) / 10;
}

export type AbsenceProblem = 'lostExceedsPlanned' | 'periodReversed';

/**
 * Plausibility problems worth a warning beside the fields. The event path refuses more days
 * lost than planned; a document stored before that rule may still hold them.
 */
export function absenceProblems(figures: AbsenceFigures): AbsenceProblem[] {
  const problems: AbsenceProblem[] = [];
  if (
    figures.plannedWorkdays !== null &&
    figures.daysLost !== null &&
    figures.daysLost > figures.plannedWorkdays
  ) {
    problems.push('lostExceedsPlanned');
  }
  if (figures.from && figures.to && figures.to < figures.from) problems.push('periodReversed');
  return problems;
}
