import { z } from 'zod';
import { LIMITS } from '../limits';
import { MAX_AGENDA_STEPS, MAX_STEP_MINUTES, MIN_STEP_MINUTES, type Agenda } from './agenda';
import { GROUPINGS, MEETING_KEYS, QUESTION_IDS, STEP_KINDS, SUB_ROUND_KINDS } from './ids';
import type { MeetingRecord } from './record';
import type { MeetingsSection } from './section';
import { MAX_EXTENSION_MS, type TimerState } from './timer';

const id = z.string().min(1).max(100);
const epochMs = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const durationMs = epochMs;
const stepMinutes = z.number().int().min(MIN_STEP_MINUTES).max(MAX_STEP_MINUTES);
const questionIds = z.array(z.enum(QUESTION_IDS)).max(QUESTION_IDS.length);

/** A map keyed by step id, bounded in size. */
const byStepId = <S extends z.ZodType>(value: S) =>
  z.record(id, value).refine((r) => Object.keys(r).length <= LIMITS.listItems, 'too many entries');

const stepSchema = z
  .object({
    id,
    kind: z.enum(STEP_KINDS),
    minutes: stepMinutes,
    subRounds: z.array(z.object({ kind: z.enum(SUB_ROUND_KINDS), minutes: stepMinutes })).max(20),
    grouping: z.enum(GROUPINGS).nullable(),
    questionIds,
    shownQuestionIds: questionIds,
    skipped: z.boolean(),
    added: z.boolean(),
  })
  .refine(
    (s) => s.shownQuestionIds.every((q) => s.questionIds.includes(q)),
    'shown questions must come from the bank',
  );

export const agendaSchema = z
  .object({
    meeting: z.enum(MEETING_KEYS),
    steps: z.array(stepSchema).max(MAX_AGENDA_STEPS),
  })
  .refine(
    (a) => new Set(a.steps.map((s) => s.id)).size === a.steps.length,
    'step ids must be unique',
  ) satisfies z.ZodType<Agenda>;

export const timerStateSchema = z.object({
  stepId: id.nullable(),
  stepStartedAt: epochMs.nullable(),
  carriedMs: durationMs,
  pausedMs: durationMs,
  pausedAt: epochMs.nullable(),
  finishedAt: epochMs.nullable(),
  extensionMs: byStepId(z.number().int().min(-MAX_EXTENSION_MS).max(MAX_EXTENSION_MS)),
  actualMs: byStepId(durationMs),
}) satisfies z.ZodType<TimerState>;

export const meetingRecordSchema = z.object({
  startedAt: epochMs.nullable(),
  endedAt: epochMs.nullable(),
  actualMinutes: byStepId(z.number().min(0).max(Number.MAX_SAFE_INTEGER)),
  present: z.number().int().min(1).max(LIMITS.count).nullable(),
}) satisfies z.ZodType<MeetingRecord>;

const meetingRunSchema = z.object({
  agenda: agendaSchema,
  timer: timerStateSchema,
  record: meetingRecordSchema,
});

export const meetingsSectionSchema = z
  .object({ meeting1: meetingRunSchema, meeting2: meetingRunSchema })
  .refine(
    (s) => s.meeting1.agenda.meeting === 'meeting1' && s.meeting2.agenda.meeting === 'meeting2',
    'each agenda belongs to its meeting',
  ) satisfies z.ZodType<MeetingsSection>;
