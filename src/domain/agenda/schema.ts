import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { itemId as id, list, wholeNumber } from '../schemaParts';
import { MAX_AGENDA_STEPS, MAX_STEP_MINUTES, MIN_STEP_MINUTES, type Agenda } from './agenda';
import { GROUPINGS, MEETING_KEYS, QUESTION_IDS, STEP_KINDS, SUB_ROUND_KINDS } from './ids';
import type { MeetingRecord } from './record';
import type { MeetingsSection } from './section';
import { MAX_EXTENSION_MS, type TimerState } from './timer';

const epochMs = wholeNumber(0, Number.MAX_SAFE_INTEGER);
const durationMs = epochMs;
const stepMinutes = wholeNumber(MIN_STEP_MINUTES, MAX_STEP_MINUTES);
const questionIds = list(z.enum(QUESTION_IDS), QUESTION_IDS.length);

/** A map keyed by step id, bounded in size. */
const byStepId = <S extends z.ZodMiniType>(value: S) =>
  z
    .record(id, value)
    .check(z.refine((r) => Object.keys(r).length <= LIMITS.listItems, 'too many entries'));

const stepSchema = z
  .object({
    id,
    kind: z.enum(STEP_KINDS),
    minutes: stepMinutes,
    subRounds: list(z.object({ kind: z.enum(SUB_ROUND_KINDS), minutes: stepMinutes }), 20),
    grouping: z.nullable(z.enum(GROUPINGS)),
    questionIds,
    shownQuestionIds: questionIds,
    skipped: z.boolean(),
    added: z.boolean(),
  })
  .check(
    z.refine(
      (s) => s.shownQuestionIds.every((q) => s.questionIds.includes(q)),
      'shown questions must come from the bank',
    ),
  );

export const agendaSchema = z
  .object({
    meeting: z.enum(MEETING_KEYS),
    steps: list(stepSchema, MAX_AGENDA_STEPS),
  })
  .check(
    z.refine(
      (a) => new Set(a.steps.map((s) => s.id)).size === a.steps.length,
      'step ids must be unique',
    ),
  ) satisfies z.ZodMiniType<Agenda>;

export const timerStateSchema = z.object({
  stepId: z.nullable(id),
  stepStartedAt: z.nullable(epochMs),
  carriedMs: durationMs,
  pausedMs: durationMs,
  pausedAt: z.nullable(epochMs),
  finishedAt: z.nullable(epochMs),
  extensionMs: byStepId(wholeNumber(-MAX_EXTENSION_MS, MAX_EXTENSION_MS)),
  actualMs: byStepId(durationMs),
}) satisfies z.ZodMiniType<TimerState>;

export const meetingRecordSchema = z.object({
  startedAt: z.nullable(epochMs),
  endedAt: z.nullable(epochMs),
  actualMinutes: byStepId(z.number().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER))),
  present: z.nullable(wholeNumber(1, LIMITS.count)),
}) satisfies z.ZodMiniType<MeetingRecord>;

const meetingRunSchema = z.object({
  agenda: agendaSchema,
  timer: timerStateSchema,
  record: meetingRecordSchema,
});

export const meetingsSectionSchema = z
  .object({ meeting1: meetingRunSchema, meeting2: meetingRunSchema })
  .check(
    z.refine(
      (s) => s.meeting1.agenda.meeting === 'meeting1' && s.meeting2.agenda.meeting === 'meeting2',
      'each agenda belongs to its meeting',
    ),
  ) satisfies z.ZodMiniType<MeetingsSection>;
