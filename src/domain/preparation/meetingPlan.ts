import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';

export const MEETING_IDS = [
  'dialogmoede1',
  'vurderingsmoede',
  'dialogmoede2',
  'handleplanmoede',
] as const;
export type MeetingId = (typeof MEETING_IDS)[number];

/** Local date-times as 'yyyy-MM-ddTHH:mm' (the value of an <input type="datetime-local">), '' when unset. */
export type MeetingPlan = Record<MeetingId, string>;

export function emptyMeetingPlan(): MeetingPlan {
  return { dialogmoede1: '', vurderingsmoede: '', dialogmoede2: '', handleplanmoede: '' };
}

/** How long a meeting lasts, in minutes: the dialogue meetings run about 2 hours. */
export const MEETING_MINUTES: Record<MeetingId, number> = {
  dialogmoede1: 120,
  vurderingsmoede: 120,
  dialogmoede2: 120,
  handleplanmoede: 90,
};

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function parseMeetingTime(value: string): Date | null {
  if (!LOCAL_DATE_TIME.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
}

export type MeetingPlanWarning =
  | { kind: 'gapTooShort'; days: number }
  | { kind: 'gapTooLong'; days: number }
  | { kind: 'outOfOrder'; meeting: MeetingId; before: MeetingId };

/** The method puts the two dialogue meetings 3–4 weeks apart. */
export const MIN_GAP_DAYS = 21;
export const MAX_GAP_DAYS = 28;

export function meetingPlanWarnings(plan: MeetingPlan): MeetingPlanWarning[] {
  const warnings: MeetingPlanWarning[] = [];
  const first = parseMeetingTime(plan.dialogmoede1);
  const second = parseMeetingTime(plan.dialogmoede2);
  if (first && second) {
    const days = differenceInCalendarDays(second, first);
    if (days < MIN_GAP_DAYS) warnings.push({ kind: 'gapTooShort', days });
    else if (days > MAX_GAP_DAYS) warnings.push({ kind: 'gapTooLong', days });
  }
  // Each meeting should come after the ones before it in the method's order.
  MEETING_IDS.forEach((meeting, index) => {
    const at = parseMeetingTime(plan[meeting]);
    if (!at) return;
    const earlier = MEETING_IDS.slice(0, index)
      .filter((before) => {
        const beforeAt = parseMeetingTime(plan[before]);
        return beforeAt !== null && beforeAt >= at;
      })
      .at(-1);
    if (earlier) warnings.push({ kind: 'outOfOrder', meeting, before: earlier });
  });
  return warnings;
}

/** The next planned meeting at or after `now`, if any. */
export function nextMeeting(plan: MeetingPlan, now: Date): { meeting: MeetingId; at: Date } | null {
  const upcoming = MEETING_IDS.map((meeting) => ({ meeting, at: parseMeetingTime(plan[meeting]) }))
    .filter((m): m is { meeting: MeetingId; at: Date } => m.at !== null && m.at >= now)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return upcoming[0] ?? null;
}
