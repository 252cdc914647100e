import { z } from 'zod/mini';
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

// zod/mini keeps the validation code in the entry bundle small.
export const shortText = z.string().check(z.maxLength(LIMITS.shortText));
export const longText = z.string().check(z.maxLength(LIMITS.longText));
export const id = z.string().check(z.minLength(1), z.maxLength(100));
export const isoDateTime = z.iso.datetime({ offset: true });
export const localDate = z.union([z.literal(''), z.iso.date()]);
const localDateTime = z.union([
  z.literal(''),
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)),
]);
export const count = z.int().check(z.minimum(1), z.maximum(LIMITS.count));
const amount = z.number().check(z.minimum(0), z.maximum(1e9));
/** An array of at most LIMITS.listItems items. */
export const list = <S extends z.ZodMiniType>(item: S) =>
  z.array(item).check(z.maxLength(LIMITS.listItems));

export const recordOf = <K extends string, S extends z.ZodMiniType>(keys: readonly K[], value: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);

const personSchema = z.object({ id, name: shortText });

export const absenceFiguresSchema = z.object({
  from: localDate,
  to: localDate,
  plannedWorkdays: z.nullable(amount),
  daysLost: z.nullable(amount),
});

export const processSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: shortText,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  phases: recordOf(PHASE_IDS, z.enum(PHASE_STATUSES)),
  people: z.object({
    participants: z.nullable(count),
    departments: list(z.object({ id, name: shortText, headcount: count })),
    moedeleder: shortText,
    moedeassistenter: list(personSchema),
    amg: list(personSchema),
  }),
  meetings: recordOf(MEETING_IDS, localDateTime),
  preparation: z.object({
    answers: recordOf(PREPARATION_QUESTION_IDS, longText),
    seriousProblems: z.enum(SERIOUS_PROBLEM_ANSWERS),
  }),
  absence: z.object({ baseline: absenceFiguresSchema }),
}) satisfies z.ZodMiniType<ApvProcess>;
