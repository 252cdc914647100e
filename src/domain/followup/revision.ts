import { addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { isLocalDate } from '../plan/fields';

/** The APV must be revised at least every third year. */
export const REVISION_YEARS = 3;

/**
 * The last day the APV may be revised, 3 years after `from` ('yyyy-MM-dd', or a local
 * date-time whose date part is used): e.g. the plan's approval date or the first meeting.
 * 29 February rolls back to 28 February. Null when `from` is not a date.
 */
export function revisionDueDate(from: string): string | null {
  const day = from.slice(0, 10);
  if (!isLocalDate(day)) return null;
  return format(addYears(parseISO(day), REVISION_YEARS), 'yyyy-MM-dd');
}

export type RevisionState = 'ok' | 'soon' | 'overdue';

/** Whether the revision is overdue, due within `warnDays` of `today`, or still far off. */
export function revisionState(dueDate: string, today: string, warnDays: number): RevisionState {
  const days = differenceInCalendarDays(parseISO(dueDate), parseISO(today));
  if (days < 0) return 'overdue';
  return days <= warnDays ? 'soon' : 'ok';
}
