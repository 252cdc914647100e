import { z } from 'zod/mini';
import { absenceFiguresSchema } from './absence/absenceSchema';
import { MEETING_KEYS, QUESTION_IDS } from './agenda/ids';
import type { ProcessEvent } from './events';
import { EFFECT_VERDICTS, TEAM_KINDS } from './followup/followup';
import { LIMITS } from './limits';
import { PARKING_MEETINGS, PARKING_STATUSES } from './parking/parking';
import {
  APPROVER_ROLES,
  COMMUNICATION_CHANNELS,
  GOAL_CRITERIA,
  INITIATIVE_STATUSES,
  PRIORITIES,
} from './plan/handleplan';
import { PROPOSAL_HEADINGS } from './plan/meeting2';
import { MEETING_IDS } from './preparation/meetingPlan';
import type { PersonRole } from './preparation/people';
import { PREPARATION_QUESTION_IDS, SERIOUS_PROBLEM_ANSWERS } from './preparation/preparation';
import { PHASE_IDS, PHASE_STATUSES } from './process/phases';
import { MAX_PROJECTOR_PAGE, PROJECTOR_VIEWS } from './projector/projector';
import { idList, isoDateTime, itemId, list, wholeNumber } from './schemaParts';
import { ANALYSIS_POINT_IDS, WISH_DECISIONS } from './wishes/types';

/*
 * The wire contract of ProcessEvent: what an event from outside this window (another window
 * today, the network later) must look like before a reducer sees it.
 *
 * The schema checks shape and sanity; the reducers keep the rules that have a reason to show:
 * - every object is strict: an unknown key (`__proto__` included) refuses the event;
 * - ids are 1–100 characters, enums are the document's own lists, `at` is an ISO date-time
 *   (or epoch ms for the meeting timer), dates are in the document's formats;
 * - free text is at most LIMITS.longText: reducers trim and clip short texts to
 *   LIMITS.shortText, so a long paste is clipped the same in every window, not refused here;
 * - numbers are finite whole numbers within ±LIMITS.count, positions any safe whole number
 *   ≥ 0 (reducers clamp them); the ranges that mean something (1–6 groups, 1–240 minutes, …)
 *   stay in the reducers;
 * - dates a person types (start, deadline, follow-up, approval, a meeting's time) are bounded
 *   strings: their reducers check the calendar and say why, so the user reads »Skriv en gyldig
 *   dato« rather than that the change was malformed.
 */

const id = itemId;
const text = z.string().check(z.maxLength(LIMITS.longText));
const at = isoDateTime;
const typedDate = z.string().check(z.maxLength(40));
const epochMs = wholeNumber(0, Number.MAX_SAFE_INTEGER);
const quantity = wholeNumber(-LIMITS.count, LIMITS.count);
/** A position; reducers clamp it, and the theme board sends MAX_SAFE_INTEGER for "at the end". */
const index = wholeNumber(0, Number.MAX_SAFE_INTEGER);
const meeting = z.enum(MEETING_KEYS);

const PERSON_ROLES = ['moedeassistenter', 'amg'] as const satisfies readonly PersonRole[];

/** A strict object for one event type. */
const event = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

const absenceFigures = z.strictObject(absenceFiguresSchema.shape);

const initiativeFields = z.partial(
  z.strictObject({
    title: text,
    how: text,
    sourceWishIds: idList,
    sourceProposalIds: idList,
    problem: z.strictObject({ kind: text, severity: text, extent: text, causes: text }),
    priority: z.enum(PRIORITIES),
    start: typedDate,
    deadline: typedDate,
    responsible: text,
    participants: text,
    success: text,
    followUpDates: list(typedDate),
    followUpMethod: text,
  }),
);

const communicationFields = {
  id,
  what: text,
  audience: text,
  when: text,
  channel: z.enum(COMMUNICATION_CHANNELS),
};
const teamMemberFields = { id, name: text, kind: z.enum(TEAM_KINDS), role: text };

const preparationEvents = [
  event('processRenamed', { name: text }),
  event('phaseStatusSet', {
    phase: z.enum(PHASE_IDS),
    status: z.nullable(z.enum(PHASE_STATUSES)),
  }),
  event('preparationAnswered', { question: z.enum(PREPARATION_QUESTION_IDS), text }),
  event('seriousProblemsAnswered', { answer: z.enum(SERIOUS_PROBLEM_ANSWERS) }),
  event('participantsSet', { count: z.nullable(quantity) }),
  event('moedelederSet', { name: text }),
  event('personAdded', { role: z.enum(PERSON_ROLES), id, name: text }),
  event('personRenamed', { role: z.enum(PERSON_ROLES), id, name: text }),
  event('personRemoved', { role: z.enum(PERSON_ROLES), id }),
  event('departmentAdded', { id, name: text, headcount: quantity }),
  event('departmentChanged', {
    id,
    patch: z.partial(z.strictObject({ name: text, headcount: quantity })),
  }),
  event('departmentRemoved', { id }),
  event('meetingPlanned', { meeting: z.enum(MEETING_IDS), at: typedDate }),
  event('absenceBaselineChanged', { patch: z.partial(absenceFigures) }),
] as const;

const meetingsEvents = [
  event('stepMinutesChanged', { meeting, stepId: id, minutes: quantity }),
  event('stepMoved', { meeting, stepId: id, toIndex: index }),
  event('stepSkipped', { meeting, stepId: id }),
  event('stepUnskipped', { meeting, stepId: id }),
  event('breakAdded', { meeting, stepId: id, minutes: quantity, atIndex: index }),
  event('stepRemoved', { meeting, stepId: id }),
  event('questionsChosen', {
    meeting,
    stepId: id,
    questionIds: list(z.enum(QUESTION_IDS), QUESTION_IDS.length),
  }),
  event('interviewTurnsSet', { meeting, stepId: id, turns: quantity }),
  event('agendaReset', { meeting }),
  event('timerStarted', { meeting, at: epochMs }),
  event('timerPaused', { meeting, at: epochMs }),
  event('timerResumed', { meeting, at: epochMs }),
  event('timerExtended', { meeting, at: epochMs, minutes: quantity }),
  event('timerMovedToNextStep', { meeting, at: epochMs }),
  event('timerMovedToPreviousStep', { meeting, at: epochMs }),
  event('timerJumpedToStep', { meeting, at: epochMs, stepId: id }),
  event('timerStepRestarted', { meeting, at: epochMs }),
  event('meetingFinished', { meeting, at: epochMs }),
  event('timerReset', { meeting, at: epochMs }),
  event('attendanceRecorded', { meeting, present: z.nullable(quantity) }),
] as const;

const projectorEvents = [
  event('projectorShown', { meeting, view: z.enum(PROJECTOR_VIEWS) }),
  event('projectorPaged', {
    view: z.enum(PROJECTOR_VIEWS),
    page: wholeNumber(0, MAX_PROJECTOR_PAGE),
  }),
] as const;

const meeting2Events = [
  event('groupWishesChosen', { group: quantity, wishIds: idList }),
  event('interestCounted', {
    wishId: id,
    count: quantity,
    source: z.optional(z.literal('phone')),
  }),
  event('proposalAdded', {
    id,
    wishId: id,
    text,
    origin: z.discriminatedUnion('step', [
      z.strictObject({ step: z.literal('groupOfFour'), group: quantity }),
      z.strictObject({ step: z.literal('interestGroup'), heading: z.enum(PROPOSAL_HEADINGS) }),
    ]),
  }),
  event('proposalChanged', { id, text }),
  event('proposalRemoved', { id }),
  event('proposalsJoined', { id, theme: text, text, proposalIds: idList }),
  event('joinChanged', { id, theme: text, text }),
  event('joinUndone', { id }),
] as const;

/** The plan's events, `statusUpdated` included (the follow-up logs the same event). */
const planEvents = [
  event('goalAdded', { id, text }),
  event('goalChanged', { id, text }),
  event('goalCriterionChecked', { id, criterion: z.enum(GOAL_CRITERIA), checked: z.boolean() }),
  event('goalRemoved', { id }),
  event('initiativeAdded', { id, fields: initiativeFields }),
  event('initiativeChanged', { id, changes: initiativeFields }),
  event('initiativeMoved', { id, toIndex: index }),
  event('initiativeRemoved', { id }),
  event('statusUpdated', {
    id,
    initiativeId: id,
    status: z.enum(INITIATIVE_STATUSES),
    note: text,
    at,
  }),
  event('absenceConsiderationsSet', { text }),
  event('communicationItemAdded', communicationFields),
  event('communicationItemChanged', communicationFields),
  event('communicationItemRemoved', { id }),
  event('planApproved', { date: typedDate }),
  event('approvalSigned', {
    id,
    name: text,
    role: z.enum(APPROVER_ROLES),
    title: text,
    date: typedDate,
  }),
  event('approvalRemoved', { id }),
] as const;

const followUpEvents = [
  event('followUpChecked', {
    id,
    initiativeId: id,
    plannedDate: typedDate,
    heldOn: typedDate,
    verdict: z.enum(EFFECT_VERDICTS),
    note: text,
  }),
  event('followUpCheckRemoved', { id }),
  event('staffInformed', {
    id,
    what: text,
    date: typedDate,
    channel: z.enum(COMMUNICATION_CHANNELS),
  }),
  event('staffInformedRemoved', { id }),
  event('teamMemberAdded', teamMemberFields),
  event('teamMemberChanged', teamMemberFields),
  event('teamMemberRemoved', { id }),
  event('absenceMeasured', { id, figures: absenceFigures }),
  event('absenceMeasurementChanged', { id, figures: absenceFigures }),
  event('absenceMeasurementRemoved', { id }),
] as const;

const wishesEvents = [
  event('strengthAdded', { strengthId: id, text, group: quantity, at }),
  event('strengthEdited', { strengthId: id, text, group: quantity }),
  event('strengthRemoved', { strengthId: id }),
  event('wishAdded', { wishId: id, text, group: quantity, at }),
  event('wishEdited', { wishId: id, text, group: quantity }),
  event('wishRemoved', { wishId: id, at }),
  event('wishRestored', { wishId: id }),
  event('wishesMerged', { mergeId: id, targetId: id, sourceIds: idList, text, at }),
  event('wishesUnmerged', { mergeId: id }),
  event('marksCounted', { entryId: id, wishId: id, count: quantity, at }),
  event('marksAdjusted', {
    entryId: id,
    wishId: id,
    delta: quantity,
    at,
    source: z.optional(z.literal('phone')),
  }),
  event('selectionTargetSet', { target: quantity }),
  event('selectionOverridden', { wishId: id, selected: z.nullable(z.boolean()) }),
  event('selectionPreliminarySet', { preliminary: z.boolean() }),
  event('wishAssessed', { wishId: id, note: text }),
  event('wishDecided', { wishId: id, decision: z.nullable(z.enum(WISH_DECISIONS)), reason: text }),
  event('analysisNoted', { point: z.enum(ANALYSIS_POINT_IDS), text }),
  event('themeCreated', { themeId: id, name: text }),
  event('themeRenamed', { themeId: id, name: text }),
  event('themeMoved', { themeId: id, index }),
  event('themeRemoved', { themeId: id }),
  event('wishThemed', { wishId: id, themeId: id, index }),
  event('wishUnthemed', { wishId: id }),
] as const;

const parkingEvents = [
  event('itemParked', {
    itemId: id,
    text,
    meeting: z.enum(PARKING_MEETINGS),
    stepId: z.optional(id),
    at,
  }),
  event('parkedItemEdited', { itemId: id, text }),
  event('parkedItemTriaged', { itemId: id, status: z.enum(PARKING_STATUSES), note: text }),
  event('parkedItemRemoved', { itemId: id }),
] as const;

const eventSchemas = [
  ...preparationEvents,
  ...meetingsEvents,
  ...projectorEvents,
  ...meeting2Events,
  ...planEvents,
  ...followUpEvents,
  ...wishesEvents,
  ...parkingEvents,
] as const;

/** Every ProcessEvent, told apart by `type`. */
export const processEventSchema = z.discriminatedUnion('type', eventSchemas);

/** Every event type the schema knows, in the order above. */
export const EVENT_TYPES: readonly ProcessEvent['type'][] = eventSchemas.map(
  (schema) => schema.shape.type.def.values[0]!,
);

/*
 * The schema and the ProcessEvent union must be the same type, both ways: an event type added
 * to the union without a schema (or a schema without its type), or a field that differs, fails
 * `tsc` on one of the lines below.
 */
/** Each member as a plain object type, so `A & B` and the same fields written out compare equal. */
type Simplify<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;
type Parsed = Simplify<z.infer<typeof processEventSchema>>;
type Expected = Simplify<ProcessEvent>;
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type NoneOf<T> = [T] extends [never] ? true : T;
type Differing = {
  [K in ProcessEvent['type']]: Equals<
    Extract<Parsed, { type: K }>,
    Extract<Expected, { type: K }>
  > extends true
    ? never
    : K;
}[ProcessEvent['type']];
export type EventSchemaCheck = [
  /** An error here names the event types that have no schema. */
  Assert<NoneOf<Exclude<ProcessEvent['type'], Parsed['type']>>>,
  /** An error here names the schemas whose type is not in ProcessEvent. */
  Assert<NoneOf<Exclude<Parsed['type'], ProcessEvent['type']>>>,
  /** An error here names the event types whose fields differ from their schema's. */
  Assert<NoneOf<Differing>>,
  Assert<Equals<Parsed, Expected>>,
];

/** An event as one window recorded it: which process, what, and when (ISO). */
export interface RecordedEvent {
  processId: string;
  event: ProcessEvent;
  at: string;
}

export const recordedEventSchema = z.strictObject({
  processId: id,
  event: processEventSchema,
  at,
});

export type EventParse = { ok: true; event: ProcessEvent } | { ok: false; reason: string };
export type RecordedEventParse =
  { ok: true; recorded: RecordedEvent } | { ok: false; reason: string };

/** `raw` as a ProcessEvent (a fresh copy), or a short reason why it is not one. */
export function parseEvent(raw: unknown): EventParse {
  const problem = plainObjectProblem(raw);
  if (problem) return { ok: false, reason: problem };
  const parsed = processEventSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, event: parsed.data }
    : { ok: false, reason: describeIssues(parsed.error.issues) };
}

/** `raw` as a RecordedEvent (a fresh copy), or a short reason why it is not one. */
export function parseRecordedEvent(raw: unknown): RecordedEventParse {
  const problem = plainObjectProblem(raw);
  if (problem) return { ok: false, reason: problem };
  const parsed = recordedEventSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, recorded: parsed.data }
    : { ok: false, reason: describeIssues(parsed.error.issues) };
}

/** Events are plain JSON objects: no arrays, class instances or objects with a prototype chain. */
function plainObjectProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not an object';
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === null || Object.getPrototypeOf(proto) === null ? null : 'not a plain object';
}

const MAX_REASON = 300;
/** Keys and values in a reason come from the input: keep them short. */
const quote = (value: unknown) => {
  const s = String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const reason = issues.slice(0, 3).map(describeIssue).join('; ');
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON)}…` : reason;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(quote).join('.') : 'event';
  switch (issue.code) {
    case 'invalid_union':
      return issue.path.at(-1) === 'type' || issue.path.at(-1) === 'step'
        ? `${where}: unknown type`
        : `${where}: matches none of the allowed shapes`;
    case 'unrecognized_keys':
      return `${where}: unknown key ${issue.keys.slice(0, 3).map(quote).join(', ')}`;
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${where}: longer than ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `${where}: more than ${issue.maximum} items`
          : `${where}: above ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? `${where}: empty`
          : `${where}: shorter than ${issue.minimum} characters`;
      }
      return `${where}: below ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'regex'
        ? `${where}: not in the expected format`
        : `${where}: not a valid ${issue.format}`;
    case 'invalid_value':
      return `${where}: not one of ${issue.values.slice(0, 5).map(quote).join(', ')}${
        issue.values.length > 5 ? ', …' : ''
      }`;
    default:
      return `${where}: ${issue.code}`;
  }
}
