import { createEvents, type EventAttributes } from 'ics';
import {
  MEETING_IDS,
  MEETING_MINUTES,
  parseMeetingTime,
  type MeetingId,
  type MeetingPlan,
} from '../preparation/meetingPlan';

export interface MeetingsIcsInput {
  processId: string;
  meetings: MeetingPlan;
  titles: Record<MeetingId, string>;
  description: string;
}

/** The planned meetings as an iCalendar file (local times); null when no meeting has a date. */
export function meetingsIcs(input: MeetingsIcsInput): string | null {
  const events: EventAttributes[] = MEETING_IDS.flatMap((meeting) => {
    const at = parseMeetingTime(input.meetings[meeting]);
    if (!at) return [];
    return [
      {
        uid: `${input.processId}-${meeting}@apv-dialog`,
        title: input.titles[meeting],
        description: input.description,
        start: [at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()],
        startInputType: 'local',
        startOutputType: 'local',
        duration: { minutes: MEETING_MINUTES[meeting] },
        productId: 'apv-dialog',
      },
    ];
  });
  if (events.length === 0) return null;
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return value;
}
