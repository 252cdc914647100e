import { z } from 'zod';
import { emptyAbsenceFigures, type AbsenceFigures } from './absence/absence';
import { LIMITS } from './limits';
import { MEETING_IDS, emptyMeetingPlan, type MeetingPlan } from './preparation/meetingPlan';
import { emptyPeople, type People } from './preparation/people';
import {
  PREPARATION_QUESTION_IDS,
  SERIOUS_PROBLEM_ANSWERS,
  emptyPreparation,
  type Preparation,
} from './preparation/preparation';
import { PHASE_IDS, PHASE_STATUSES, initialPhases, type Phases } from './process/phases';

/** The current version of the ApvProcess document. Bump it with a step in ./migrations.ts. */
export const SCHEMA_VERSION = 1;

export interface ApvProcess {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  /** Name of the workplace or department that runs the APV. */
  name: string;
  createdAt: string;
  updatedAt: string;
  phases: Phases;
  people: People;
  meetings: MeetingPlan;
  preparation: Preparation;
  absence: { baseline: AbsenceFigures };
}

export function createProcess(init: { id: string; name: string; now: Date }): ApvProcess {
  const at = init.now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: init.id,
    name: init.name,
    createdAt: at,
    updatedAt: at,
    phases: initialPhases(),
    people: emptyPeople(),
    meetings: emptyMeetingPlan(),
    preparation: emptyPreparation(),
    absence: { baseline: emptyAbsenceFigures() },
  };
}

const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const id = z.string().min(1).max(100);
const isoDateTime = z.iso.datetime({ offset: true });
const localDate = z.union([z.literal(''), z.iso.date()]);
const localDateTime = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)]);
const count = z.number().int().min(1).max(LIMITS.count);
const amount = z.number().min(0).max(1e9);

const recordOf = <K extends string, S extends z.ZodType>(keys: readonly K[], value: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);

const personSchema = z.object({ id, name: shortText });

export const absenceFiguresSchema = z.object({
  from: localDate,
  to: localDate,
  plannedWorkdays: amount.nullable(),
  daysLost: amount.nullable(),
});

export const processSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: shortText,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  phases: recordOf(PHASE_IDS, z.enum(PHASE_STATUSES)),
  people: z.object({
    participants: count.nullable(),
    departments: z.array(z.object({ id, name: shortText, headcount: count })).max(LIMITS.listItems),
    moedeleder: shortText,
    moedeassistenter: z.array(personSchema).max(LIMITS.listItems),
    amg: z.array(personSchema).max(LIMITS.listItems),
  }),
  meetings: recordOf(MEETING_IDS, localDateTime),
  preparation: z.object({
    answers: recordOf(PREPARATION_QUESTION_IDS, longText),
    seriousProblems: z.enum(SERIOUS_PROBLEM_ANSWERS),
  }),
  absence: z.object({ baseline: absenceFiguresSchema }),
}) satisfies z.ZodType<ApvProcess>;
