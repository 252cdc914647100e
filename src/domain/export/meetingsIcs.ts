import {
  MEETING_IDS,
  MEETING_MINUTES,
  parseMeetingTime,
  type MeetingId,
  type MeetingPlan,
} from '../preparation/meetingPlan';
import { icsText, type IcsEvent } from './ical';
import { ICS_PRODUCT_ID } from './planIcs';

export interface MeetingsIcsInput {
  processId: string;
  workplace: string;
  meetings: MeetingPlan;
  titles: Record<MeetingId, string>;
  description: string;
  /** The calendar's name. */
  name: string;
  /** When the file is made, as an ISO date-time; it becomes each event's DTSTAMP. */
  now: string;
  /** The reminder's text; it shows the day before each meeting at 09:00. */
  reminder: string;
}

/** A meeting's reminder: 09:00 the day before, counted back from its start time. */
function dayBefore(at: string): string {
  const [h, m] = at.slice(11, 16).split(':').map(Number);
  const minutes = 24 * 60 + (h! - 9) * 60 + m!;
  return `PT${minutes}M`;
}

/**
 * The planned meetings as an iCalendar file: Copenhagen time with its VTIMEZONE, so a
 * calendar anywhere shows 13:00 as 13:00 Danish time. Null when no meeting has a time.
 */
export function meetingsIcs(input: MeetingsIcsInput): string | null {
  const place = input.workplace.trim() ? ` – ${input.workplace}` : '';
  const events: IcsEvent[] = MEETING_IDS.flatMap((meeting) => {
    const at = input.meetings[meeting];
    if (!parseMeetingTime(at)) return [];
    const summary = `${input.titles[meeting]}${place}`;
    return [
      {
        uid: `${input.processId}-${meeting}@${ICS_PRODUCT_ID}`,
        summary,
        description: input.description,
        when: { kind: 'local', at, minutes: MEETING_MINUTES[meeting] },
        alarms: [{ before: dayBefore(at), description: `${input.reminder}: ${summary}` }],
      },
    ];
  });
  if (events.length === 0) return null;
  const stamp = `${input.now.slice(0, 19).replace(/[-:]/g, '')}Z`;
  return icsText({ productId: ICS_PRODUCT_ID, name: input.name, stamp, events });
}
