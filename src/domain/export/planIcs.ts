import { isLocalDate } from '../plan/fields';
import type { Initiative } from '../plan/handleplan';
import { sourceLine, traceInitiative } from '../plan/trace';
import { icsText, type IcsEvent } from './ical';
import type { PlanExportInput } from './planRows';

export type PlanIcsResult =
  { ok: true; text: string; eventCount: number } | { ok: false; error: { kind: 'noDates' } };

export const ICS_PRODUCT_ID = 'apv-dialog';

/** Reminders: 09:00 a week before a deadline, 09:00 the day before a follow-up. */
export const DEADLINE_REMINDER = 'P6DT15H';
export const FOLLOW_UP_REMINDER = 'PT15H';

/** The export date as the stamp, so the same plan on the same day gives the same file. */
const stamp = (date: string) => `${date.replaceAll('-', '')}T000000Z`;

function initiativeEvents(i: Initiative, input: PlanExportInput): IcsEvent[] {
  const { labels } = input;
  const source = sourceLine(traceInitiative(i, input.wishes, input.meeting2), labels.source);
  const description = [
    `${labels.columns.responsible}: ${i.responsible}`,
    `${labels.columns.success}: ${i.success}`,
    `${labels.columns.source}: ${source}`,
  ].join('\n');
  const place = input.workplace.trim() ? ` – ${input.workplace}` : '';
  const events: IcsEvent[] = [];
  if (isLocalDate(i.deadline)) {
    const summary = `${labels.calendar.deadline}: ${i.title}${place}`;
    events.push({
      // UIDs come from the initiative id, so a re-import updates rather than duplicates.
      uid: `${i.id}-deadline@${ICS_PRODUCT_ID}`,
      summary,
      description,
      when: { kind: 'day', date: i.deadline },
      alarms: [{ before: DEADLINE_REMINDER, description: summary }],
    });
  }
  for (const date of i.followUpDates.filter(isLocalDate)) {
    const summary = `${labels.calendar.followUp}: ${i.title}${place}`;
    events.push({
      uid: `${i.id}-followup-${date}@${ICS_PRODUCT_ID}`,
      summary,
      description: [description, `${labels.columns.followUp}: ${i.followUpMethod}`].join('\n'),
      when: { kind: 'day', date },
      alarms: [{ before: FOLLOW_UP_REMINDER, description: summary }],
    });
  }
  return events;
}

/** Deadlines and follow-up dates of the plan's live initiatives as an iCalendar file. */
export function planIcs(input: PlanExportInput): PlanIcsResult {
  const events = input.plan.initiatives
    .filter((i) => i.status !== 'dropped')
    .flatMap((i) => initiativeEvents(i, input));
  if (events.length === 0) return { ok: false, error: { kind: 'noDates' } };
  const text = icsText({
    productId: ICS_PRODUCT_ID,
    name: input.workplace.trim()
      ? `${input.labels.title} – ${input.workplace}`
      : input.labels.title,
    stamp: stamp(input.exportDate),
    events,
  });
  return { ok: true, text, eventCount: events.length };
}
