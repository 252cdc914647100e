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

/** Warn this many days before the revision is due. */
export const REVISION_WARN_DAYS = 180;

/**
 * When a process's APV must be revised and how near that is on `today` ('yyyy-MM-dd'):
 * 3 years from the plan's approval, or from meeting 1 before the plan is approved. Null when
 * neither date is known.
 */
export function processRevision(
  doc: { plan: { approvalDate: string }; meetings: { dialogmoede1: string } },
  today: string,
): { due: string; state: RevisionState } | null {
  const due = revisionDueDate(doc.plan.approvalDate || doc.meetings.dialogmoede1);
  return due === null ? null : { due, state: revisionState(due, today, REVISION_WARN_DAYS) };
}
