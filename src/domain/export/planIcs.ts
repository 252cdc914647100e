import { addDays, format, parseISO } from 'date-fns';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { isLocalDate } from '../plan/fields';
import type { Initiative } from '../plan/handleplan';
import { sourceLine, traceInitiative } from '../plan/trace';
import type { PlanExportInput } from './planRows';

export type PlanIcsResult =
  | { ok: true; text: string; eventCount: number }
  | { ok: false; error: { kind: 'noDates' } | { kind: 'library'; detail: string } };

export const ICS_PRODUCT_ID = 'apv-dialog';

const toDateArray = (date: string): DateArray => {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
};

/** The export date as the stamp, so the same plan on the same day gives the same file. */
const stamp = (date: string) => `${date.replaceAll('-', '')}T000000Z`;

/** An all-day event; UIDs come from the initiative id, so re-imports update, not duplicate. */
function allDay(uid: string, date: string, title: string, description: string, at: string) {
  const next = format(addDays(parseISO(date), 1), 'yyyy-MM-dd');
  // `timestamp` (DTSTAMP) is read by the library but missing from its types.
  const event: EventAttributes & { timestamp: string } = {
    uid,
    start: toDateArray(date),
    end: toDateArray(next),
    title,
    description,
    productId: ICS_PRODUCT_ID,
    timestamp: stamp(at),
  };
  return event;
}

function initiativeEvents(i: Initiative, input: PlanExportInput): EventAttributes[] {
  const { labels } = input;
  const source = sourceLine(traceInitiative(i, input.wishes, input.meeting2), labels.source);
  const description = [
    `${labels.columns.responsible}: ${i.responsible}`,
    `${labels.columns.success}: ${i.success}`,
    `${labels.columns.source}: ${source}`,
  ].join('\n');
  const events: EventAttributes[] = [];
  if (isLocalDate(i.deadline)) {
    events.push(
      allDay(
        `${i.id}-deadline@${ICS_PRODUCT_ID}`,
        i.deadline,
        `${labels.calendar.deadline}: ${i.title}`,
        description,
        input.exportDate,
      ),
    );
  }
  for (const date of i.followUpDates.filter(isLocalDate)) {
    events.push(
      allDay(
        `${i.id}-followup-${date}@${ICS_PRODUCT_ID}`,
        date,
        `${labels.calendar.followUp}: ${i.title}`,
        [description, `${labels.columns.followUp}: ${i.followUpMethod}`].join('\n'),
        input.exportDate,
      ),
    );
  }
  return events;
}

/** Deadlines and follow-up dates of the plan's live initiatives as an iCalendar file. */
export function planIcs(input: PlanExportInput): PlanIcsResult {
  const events = input.plan.initiatives
    .filter((i) => i.status !== 'dropped')
    .flatMap((i) => initiativeEvents(i, input));
  if (events.length === 0) return { ok: false, error: { kind: 'noDates' } };
  const { error, value } = createEvents(events, {
    productId: ICS_PRODUCT_ID,
    calName: `${input.labels.title} – ${input.workplace}`,
  });
  if (error || value === null) {
    return { ok: false, error: { kind: 'library', detail: error?.message ?? '' } };
  }
  return { ok: true, text: value, eventCount: events.length };
}
