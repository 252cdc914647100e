/*
 * A small iCalendar (RFC 5545) writer for the app's two calendars: the planned meetings
 * (times in Europe/Copenhagen, with the zone's VTIMEZONE) and the plan's deadlines and
 * follow-ups (all-day, with reminders). It writes only what those need: text escaped as
 * RFC 5545 §3.3.11 says, lines folded at 75 octets (§3.1) without splitting a UTF-8
 * character, CRLF line ends. Pure text formatting, no dependencies.
 */

export const TIME_ZONE = 'Europe/Copenhagen';

/**
 * Denmark's zone since 1996: CET, and CEST from the last Sunday of March (02:00) to the last
 * Sunday of October (03:00), as the tz database has it. Enough for any date the app plans.
 */
const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A reminder shown before the event starts, e.g. 'P6DT15H' for 09:00 a week before a day. */
export interface IcsAlarm {
  before: string;
  description: string;
}

export type IcsWhen =
  /** An all-day event on 'yyyy-MM-dd'. */
  | { kind: 'day'; date: string }
  /** Wall-clock time in Europe/Copenhagen, 'yyyy-MM-ddTHH:mm', lasting `minutes`. */
  | { kind: 'local'; at: string; minutes: number };

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  when: IcsWhen;
  alarms?: IcsAlarm[];
}

export interface IcsCalendar {
  productId: string;
  name: string;
  /** The DTSTAMP of every event, UTC 'yyyyMMddTHHmmssZ' (a parameter: the domain has no clock). */
  stamp: string;
  events: IcsEvent[];
}

/** A control character a TEXT value may not hold (RFC 5545 §3.3.11 allows HTAB; CR, LF escape). */
function isControl(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || cp === 0x7f;
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(text: string): string {
  return [...text]
    .filter((c) => !isControl(c))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** How many octets one code point takes in UTF-8. */
function octets(char: string): number {
  const cp = char.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
const lineOctets = (line: string) => [...line].reduce((n, c) => n + octets(c), 0);

/** One content line folded at 75 octets: continuation lines start with a space (§3.1). */
export function foldLine(line: string): string {
  if (line.length <= 25 || lineOctets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compact = (date: string) => date.replaceAll('-', '');

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** Wall-clock arithmetic: 'yyyy-MM-ddTHH:mm' plus minutes, as 'yyyyMMddTHHmmss'. */
function localPlus(at: string, minutes: number): string {
  const [date, time] = at.split('T');
  const [y, m, d] = date!.split('-').map(Number);
  const [h, min] = time!.split(':').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d!, h!, min! + minutes));
  return t.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function whenLines(when: IcsWhen): string[] {
  if (when.kind === 'day') {
    return [
      `DTSTART;VALUE=DATE:${compact(when.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(when.date))}`,
    ];
  }
  return [
    `DTSTART;TZID=${TIME_ZONE}:${localPlus(when.at, 0)}`,
    `DTEND;TZID=${TIME_ZONE}:${localPlus(when.at, when.minutes)}`,
  ];
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    ...whenLines(e.when),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.alarms ?? []).flatMap((a) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-${a.before}`,
      `DESCRIPTION:${escapeText(a.description)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** The calendar as iCalendar text, CRLF line ends; the time zone only when an event needs it. */
export function icsText(cal: IcsCalendar): string {
  const zoned = cal.events.some((e) => e.when.kind === 'local');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(cal.productId)}//DA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...(zoned ? [`X-WR-TIMEZONE:${TIME_ZONE}`, ...COPENHAGEN_VTIMEZONE] : []),
    ...cal.events.flatMap((e) => eventLines(e, cal.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
