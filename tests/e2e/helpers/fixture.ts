import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The example workplace (tests/fixtures/example-workplace.json), mapped to the values the
 * app's inputs take. Set APV_FIXTURE to read another copy of the file.
 */
export const FIXTURE_PATH =
  process.env.APV_FIXTURE ??
  fileURLToPath(new URL('../../fixtures/example-workplace.json', import.meta.url));

export type MeetingKey = 'dialogmoede1' | 'vurderingsmoede' | 'dialogmoede2' | 'handleplanmoede';
export const MEETING_KEYS: readonly MeetingKey[] = [
  'dialogmoede1',
  'vurderingsmoede',
  'dialogmoede2',
  'handleplanmoede',
];

/** The raw fixture, as the file has it (neutral structure, not the app's schema). */
export interface RawExampleWorkplace {
  workplace: string;
  departments: { name: string; headcount: number }[];
  participants: number;
  people: { moedeleder: string; moedeassistenter: string[]; amg: string[] };
  meetings: Record<MeetingKey, string>;
  absenceBaseline: { period: string; plannedWorkdays: number; daysLost: number };
  [more: string]: unknown;
}

export interface ExampleWorkplace {
  raw: RawExampleWorkplace;
  workplace: string;
  participants: number;
  departments: { name: string; headcount: number }[];
  moedeleder: string;
  moedeassistenter: string[];
  amg: string[];
  /** Local date-times as an <input type="datetime-local"> takes them: 'yyyy-MM-ddTHH:mm'. */
  meetings: Record<MeetingKey, string>;
  absence: { from: string; to: string; plannedWorkdays: number; daysLost: number };
}

let cached: ExampleWorkplace | null = null;

/** Loads the example workplace once per worker. Meeting times keep their local wall-clock time. */
export function exampleWorkplace(): ExampleWorkplace {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as RawExampleWorkplace;
  const [from = '', to = ''] = raw.absenceBaseline.period.split('/');
  const meetings = Object.fromEntries(
    MEETING_KEYS.map((k) => [k, localDateTime(raw.meetings[k])]),
  ) as Record<MeetingKey, string>;
  cached = {
    raw,
    workplace: raw.workplace,
    participants: raw.participants,
    departments: raw.departments,
    moedeleder: raw.people.moedeleder,
    moedeassistenter: raw.people.moedeassistenter,
    amg: raw.people.amg,
    meetings,
    absence: {
      from,
      to,
      plannedWorkdays: raw.absenceBaseline.plannedWorkdays,
      daysLost: raw.absenceBaseline.daysLost,
    },
  };
  return cached;
}

/** '2027-01-12T13:00:00+01:00' -> '2027-01-12T13:00' (the wall-clock time as written). */
export function localDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(iso);
  if (!match?.[1]) throw new Error(`Not a date-time: ${iso}`);
  return match[1];
}

/**
 * The fixture's meetings moved to next year (same month, day and time), so that they are
 * still upcoming whenever the tests run. The gaps between them stay the same.
 */
export function upcomingMeetings(
  fixture: ExampleWorkplace,
  now: Date = new Date(),
): Record<MeetingKey, string> {
  const year = String(now.getFullYear() + 1);
  return Object.fromEntries(
    MEETING_KEYS.map((k) => [k, `${year}${fixture.meetings[k].slice(4)}`]),
  ) as Record<MeetingKey, string>;
}
