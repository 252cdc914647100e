import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEETING_KEYS, QUESTION_IDS } from './agenda/ids';
import { EVENT_TYPES, parseEvent, parseRecordedEvent } from './eventSchema';
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
import { PREPARATION_QUESTION_IDS, SERIOUS_PROBLEM_ANSWERS } from './preparation/preparation';
import { PHASE_IDS, PHASE_STATUSES } from './process/phases';
import { MAX_PROJECTOR_PAGE, PROJECTOR_VIEWS } from './projector/projector';
import { ANALYSIS_POINT_IDS, WISH_DECISIONS } from './wishes/types';

// Valid values of each kind, awkward ones included (æøå, emoji, `__proto__` as a value).
const id = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 100 }),
  fc.constantFrom('__proto__', 'constructor', 'a'.repeat(100)),
);
const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 400 }), weight: 8 },
  { arbitrary: fc.constantFrom('', 'Æble ø å "citat"', '💡\n\ttab', '__proto__'), weight: 2 },
  { arbitrary: fc.constant('x'.repeat(LIMITS.longText)), weight: 1 },
);
const date = fc.date({
  min: new Date('2000-01-01'),
  max: new Date('2099-12-31'),
  noInvalidDate: true,
});
const iso = date.map((d) => d.toISOString());
const isoDate = date.map((d) => d.toISOString().slice(0, 10));
const optionalDate = fc.oneof(fc.constant(''), isoDate);
const localDateTime = fc.oneof(
  fc.constant(''),
  date.map((d) => d.toISOString().slice(0, 16)),
);
const epochMs = fc.maxSafeNat();
const quantity = fc.integer({ min: -LIMITS.count, max: LIMITS.count });
const index = fc.oneof(fc.nat({ max: 50 }), fc.constant(Number.MAX_SAFE_INTEGER));
const ids = fc.array(id, { maxLength: 5 });
const bool = fc.boolean();
const amount = fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null });
const meeting = fc.constantFrom(...MEETING_KEYS);
const role = fc.constantFrom('moedeassistenter' as const, 'amg' as const);
const figures = fc.record({
  from: optionalDate,
  to: optionalDate,
  plannedWorkdays: amount,
  daysLost: amount,
});
const initiativeFields = fc.record(
  {
    title: text,
    how: text,
    sourceWishIds: ids,
    sourceProposalIds: ids,
    problem: fc.record({ kind: text, severity: text, extent: text, causes: text }),
    priority: fc.constantFrom(...PRIORITIES),
    start: optionalDate,
    deadline: optionalDate,
    responsible: text,
    participants: text,
    success: text,
    followUpDates: fc.array(isoDate, { maxLength: 4 }),
    followUpMethod: text,
  },
  { requiredKeys: [] },
);
const communication = {
  id,
  what: text,
  audience: text,
  when: text,
  channel: fc.constantFrom(...COMMUNICATION_CHANNELS),
};
const teamMember = { id, name: text, kind: fc.constantFrom(...TEAM_KINDS), role: text };

const ev = <T extends ProcessEvent['type']>(type: T) => fc.constant(type);

/** One generator per event type; the compiler refuses this table when a type is missing. */
const arbitraries: {
  [T in ProcessEvent['type']]: fc.Arbitrary<Extract<ProcessEvent, { type: T }>>;
} = {
  processRenamed: fc.record({ type: ev('processRenamed'), name: text }),
  phaseStatusSet: fc.record({
    type: ev('phaseStatusSet'),
    phase: fc.constantFrom(...PHASE_IDS),
    status: fc.constantFrom(null, ...PHASE_STATUSES),
  }),
  preparationAnswered: fc.record({
    type: ev('preparationAnswered'),
    question: fc.constantFrom(...PREPARATION_QUESTION_IDS),
    text,
  }),
  seriousProblemsAnswered: fc.record({
    type: ev('seriousProblemsAnswered'),
    answer: fc.constantFrom(...SERIOUS_PROBLEM_ANSWERS),
  }),
  participantsSet: fc.record({
    type: ev('participantsSet'),
    count: fc.option(quantity, { nil: null }),
  }),
  moedelederSet: fc.record({ type: ev('moedelederSet'), name: text }),
  personAdded: fc.record({ type: ev('personAdded'), role, id, name: text }),
  personRenamed: fc.record({ type: ev('personRenamed'), role, id, name: text }),
  personRemoved: fc.record({ type: ev('personRemoved'), role, id }),
  departmentAdded: fc.record({ type: ev('departmentAdded'), id, name: text, headcount: quantity }),
  departmentChanged: fc.record({
    type: ev('departmentChanged'),
    id,
    patch: fc.record({ name: text, headcount: quantity }, { requiredKeys: [] }),
  }),
  departmentRemoved: fc.record({ type: ev('departmentRemoved'), id }),
  meetingPlanned: fc.record({
    type: ev('meetingPlanned'),
    meeting: fc.constantFrom(...MEETING_IDS),
    at: localDateTime,
  }),
  absenceBaselineChanged: fc.record({
    type: ev('absenceBaselineChanged'),
    patch: fc.record(
      { from: optionalDate, to: optionalDate, plannedWorkdays: amount, daysLost: amount },
      { requiredKeys: [] },
    ),
  }),

  stepMinutesChanged: fc.record({
    type: ev('stepMinutesChanged'),
    meeting,
    stepId: id,
    minutes: quantity,
  }),
  stepMoved: fc.record({ type: ev('stepMoved'), meeting, stepId: id, toIndex: index }),
  stepSkipped: fc.record({ type: ev('stepSkipped'), meeting, stepId: id }),
  stepUnskipped: fc.record({ type: ev('stepUnskipped'), meeting, stepId: id }),
  breakAdded: fc.record({
    type: ev('breakAdded'),
    meeting,
    stepId: id,
    minutes: quantity,
    atIndex: index,
  }),
  stepRemoved: fc.record({ type: ev('stepRemoved'), meeting, stepId: id }),
  questionsChosen: fc.record({
    type: ev('questionsChosen'),
    meeting,
    stepId: id,
    questionIds: fc.uniqueArray(fc.constantFrom(...QUESTION_IDS)),
  }),
  interviewTurnsSet: fc.record({
    type: ev('interviewTurnsSet'),
    meeting,
    stepId: id,
    turns: quantity,
  }),
  agendaReset: fc.record({ type: ev('agendaReset'), meeting }),
  timerStarted: fc.record({ type: ev('timerStarted'), meeting, at: epochMs }),
  timerPaused: fc.record({ type: ev('timerPaused'), meeting, at: epochMs }),
  timerResumed: fc.record({ type: ev('timerResumed'), meeting, at: epochMs }),
  timerExtended: fc.record({
    type: ev('timerExtended'),
    meeting,
    at: epochMs,
    minutes: quantity,
  }),
  timerMovedToNextStep: fc.record({ type: ev('timerMovedToNextStep'), meeting, at: epochMs }),
  timerMovedToPreviousStep: fc.record({
    type: ev('timerMovedToPreviousStep'),
    meeting,
    at: epochMs,
  }),
  timerJumpedToStep: fc.record({
    type: ev('timerJumpedToStep'),
    meeting,
    at: epochMs,
    stepId: id,
  }),
  timerStepRestarted: fc.record({ type: ev('timerStepRestarted'), meeting, at: epochMs }),
  meetingFinished: fc.record({ type: ev('meetingFinished'), meeting, at: epochMs }),
  timerReset: fc.record({ type: ev('timerReset'), meeting, at: epochMs }),
  attendanceRecorded: fc.record({
    type: ev('attendanceRecorded'),
    meeting,
    present: fc.option(quantity, { nil: null }),
  }),

  projectorShown: fc.record({
    type: ev('projectorShown'),
    meeting,
    view: fc.constantFrom(...PROJECTOR_VIEWS),
  }),
  projectorPaged: fc.record({
    type: ev('projectorPaged'),
    view: fc.constantFrom(...PROJECTOR_VIEWS),
    page: fc.integer({ min: 0, max: MAX_PROJECTOR_PAGE }),
  }),

  groupWishesChosen: fc.record({ type: ev('groupWishesChosen'), group: quantity, wishIds: ids }),
  interestCounted: fc.record({ type: ev('interestCounted'), wishId: id, count: quantity }),
  proposalAdded: fc.record({
    type: ev('proposalAdded'),
    id,
    wishId: id,
    text,
    origin: fc.oneof(
      fc.record({ step: fc.constant('groupOfFour' as const), group: quantity }),
      fc.record({
        step: fc.constant('interestGroup' as const),
        heading: fc.constantFrom(...PROPOSAL_HEADINGS),
      }),
    ),
  }),
  proposalChanged: fc.record({ type: ev('proposalChanged'), id, text }),
  proposalRemoved: fc.record({ type: ev('proposalRemoved'), id }),
  proposalsJoined: fc.record({
    type: ev('proposalsJoined'),
    id,
    theme: text,
    text,
    proposalIds: ids,
  }),
  joinChanged: fc.record({ type: ev('joinChanged'), id, theme: text, text }),
  joinUndone: fc.record({ type: ev('joinUndone'), id }),

  goalAdded: fc.record({ type: ev('goalAdded'), id, text }),
  goalChanged: fc.record({ type: ev('goalChanged'), id, text }),
  goalCriterionChecked: fc.record({
    type: ev('goalCriterionChecked'),
    id,
    criterion: fc.constantFrom(...GOAL_CRITERIA),
    checked: bool,
  }),
  goalRemoved: fc.record({ type: ev('goalRemoved'), id }),
  initiativeAdded: fc.record({ type: ev('initiativeAdded'), id, fields: initiativeFields }),
  initiativeChanged: fc.record({ type: ev('initiativeChanged'), id, changes: initiativeFields }),
  initiativeMoved: fc.record({ type: ev('initiativeMoved'), id, toIndex: index }),
  initiativeRemoved: fc.record({ type: ev('initiativeRemoved'), id }),
  statusUpdated: fc.record({
    type: ev('statusUpdated'),
    id,
    initiativeId: id,
    status: fc.constantFrom(...INITIATIVE_STATUSES),
    note: text,
    at: iso,
  }),
  absenceConsiderationsSet: fc.record({ type: ev('absenceConsiderationsSet'), text }),
  communicationItemAdded: fc.record({ type: ev('communicationItemAdded'), ...communication }),
  communicationItemChanged: fc.record({ type: ev('communicationItemChanged'), ...communication }),
  communicationItemRemoved: fc.record({ type: ev('communicationItemRemoved'), id }),
  planApproved: fc.record({ type: ev('planApproved'), date: optionalDate }),
  approvalSigned: fc.record({
    type: ev('approvalSigned'),
    id,
    name: text,
    role: fc.constantFrom(...APPROVER_ROLES),
    title: text,
    date: optionalDate,
  }),
  approvalRemoved: fc.record({ type: ev('approvalRemoved'), id }),

  followUpChecked: fc.record({
    type: ev('followUpChecked'),
    id,
    initiativeId: id,
    plannedDate: isoDate,
    heldOn: isoDate,
    verdict: fc.constantFrom(...EFFECT_VERDICTS),
    note: text,
  }),
  followUpCheckRemoved: fc.record({ type: ev('followUpCheckRemoved'), id }),
  staffInformed: fc.record({
    type: ev('staffInformed'),
    id,
    what: text,
    date: isoDate,
    channel: fc.constantFrom(...COMMUNICATION_CHANNELS),
  }),
  staffInformedRemoved: fc.record({ type: ev('staffInformedRemoved'), id }),
  teamMemberAdded: fc.record({ type: ev('teamMemberAdded'), ...teamMember }),
  teamMemberChanged: fc.record({ type: ev('teamMemberChanged'), ...teamMember }),
  teamMemberRemoved: fc.record({ type: ev('teamMemberRemoved'), id }),
  absenceMeasured: fc.record({ type: ev('absenceMeasured'), id, figures }),
  absenceMeasurementChanged: fc.record({ type: ev('absenceMeasurementChanged'), id, figures }),
  absenceMeasurementRemoved: fc.record({ type: ev('absenceMeasurementRemoved'), id }),

  strengthAdded: fc.record({
    type: ev('strengthAdded'),
    strengthId: id,
    text,
    group: quantity,
    at: iso,
  }),
  strengthEdited: fc.record({ type: ev('strengthEdited'), strengthId: id, text, group: quantity }),
  strengthRemoved: fc.record({ type: ev('strengthRemoved'), strengthId: id }),
  wishAdded: fc.record({ type: ev('wishAdded'), wishId: id, text, group: quantity, at: iso }),
  wishEdited: fc.record({ type: ev('wishEdited'), wishId: id, text, group: quantity }),
  wishRemoved: fc.record({ type: ev('wishRemoved'), wishId: id, at: iso }),
  wishRestored: fc.record({ type: ev('wishRestored'), wishId: id }),
  wishesMerged: fc.record({
    type: ev('wishesMerged'),
    mergeId: id,
    targetId: id,
    sourceIds: ids,
    text,
    at: iso,
  }),
  wishesUnmerged: fc.record({ type: ev('wishesUnmerged'), mergeId: id }),
  marksCounted: fc.record({
    type: ev('marksCounted'),
    entryId: id,
    wishId: id,
    count: quantity,
    at: iso,
  }),
  marksAdjusted: fc.record({
    type: ev('marksAdjusted'),
    entryId: id,
    wishId: id,
    delta: quantity,
    at: iso,
  }),
  selectionTargetSet: fc.record({ type: ev('selectionTargetSet'), target: quantity }),
  selectionOverridden: fc.record({
    type: ev('selectionOverridden'),
    wishId: id,
    selected: fc.constantFrom(true, false, null),
  }),
  selectionPreliminarySet: fc.record({ type: ev('selectionPreliminarySet'), preliminary: bool }),
  wishAssessed: fc.record({ type: ev('wishAssessed'), wishId: id, note: text }),
  wishDecided: fc.record({
    type: ev('wishDecided'),
    wishId: id,
    decision: fc.constantFrom(...WISH_DECISIONS, null),
    reason: text,
  }),
  analysisNoted: fc.record({
    type: ev('analysisNoted'),
    point: fc.constantFrom(...ANALYSIS_POINT_IDS),
    text,
  }),
  themeCreated: fc.record({ type: ev('themeCreated'), themeId: id, name: text }),
  themeRenamed: fc.record({ type: ev('themeRenamed'), themeId: id, name: text }),
  themeMoved: fc.record({ type: ev('themeMoved'), themeId: id, index }),
  themeRemoved: fc.record({ type: ev('themeRemoved'), themeId: id }),
  wishThemed: fc.record({ type: ev('wishThemed'), wishId: id, themeId: id, index }),
  wishUnthemed: fc.record({ type: ev('wishUnthemed'), wishId: id }),

  itemParked: fc.record(
    {
      type: ev('itemParked'),
      itemId: id,
      text,
      meeting: fc.constantFrom(...PARKING_MEETINGS),
      stepId: id,
      at: iso,
    },
    { requiredKeys: ['type', 'itemId', 'text', 'meeting', 'at'] },
  ),
  parkedItemEdited: fc.record({ type: ev('parkedItemEdited'), itemId: id, text }),
  parkedItemTriaged: fc.record({
    type: ev('parkedItemTriaged'),
    itemId: id,
    status: fc.constantFrom(...PARKING_STATUSES),
    note: text,
  }),
  parkedItemRemoved: fc.record({ type: ev('parkedItemRemoved'), itemId: id }),
};

const anyEvent: fc.Arbitrary<ProcessEvent> = fc.oneof(
  ...(Object.values(arbitraries) as fc.Arbitrary<ProcessEvent>[]),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every value inside `value` with its path, the root included. */
function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const children =
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) =>
          nodes(child, [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [{ path, value }, ...children];
}

/** A deep copy of `event` with the value at `path` handed to `change` (its parent and key). */
function mutated(
  event: ProcessEvent,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = JSON.parse(JSON.stringify(event)) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

/** Keys an event may leave out: the parked item's step and every key of a patch. */
function isOptional(event: ProcessEvent, path: Path): boolean {
  if (path.length === 1) return event.type === 'itemParked' && path[0] === 'stepId';
  return path.length === 2 && ['patch', 'fields', 'changes'].includes(String(path[0]));
}

const refused = (raw: unknown) => {
  const result = parseEvent(raw);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
};

describe('the event schema', () => {
  it('knows every event type once, and this test generates each of them', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    expect([...EVENT_TYPES].sort()).toEqual(Object.keys(arbitraries).sort());
  });

  it('takes every valid event of every type, as an equal copy', () => {
    for (const [type, arbitrary] of Object.entries(arbitraries)) {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<ProcessEvent>, (event) => {
          const result = parseEvent(event);
          expect(result, type).toEqual({ ok: true, event });
          if (result.ok) expect(result.event).not.toBe(event);
          // What another window receives is a structured clone; JSON is what the network sends.
          expect(parseEvent(structuredClone(event))).toEqual({ ok: true, event });
          expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual({
            ok: true,
            event: JSON.parse(JSON.stringify(event)),
          });
        }),
        { numRuns: 20 },
      );
    }
  });

  it('refuses an unknown or missing type', () => {
    expect(refused({ type: 'wishesBurned', wishId: 'a' })).toBe('type: unknown type');
    expect(refused({ wishId: 'a' })).toBe('type: unknown type');
    expect(refused({ type: 'toString' })).toBe('type: unknown type');
    expect(refused({ type: '__proto__' })).toBe('type: unknown type');
    expect(refused({ type: 42 })).toBe('type: unknown type');
  });

  it('refuses what is not a plain object', () => {
    class Renamed {
      type = 'processRenamed';
      name = 'x';
    }
    const inherited = Object.create({ type: 'processRenamed', name: 'x' }) as unknown;
    for (const raw of [null, undefined, 1, 'processRenamed', true, [], [{ type: 'x' }]]) {
      expect(refused(raw)).toBe('not an object');
    }
    for (const raw of [new Renamed(), new Date(0), new Map(), inherited]) {
      expect(refused(raw)).toBe('not a plain object');
    }
    expect(
      parseEvent(Object.assign(Object.create(null), { type: 'agendaReset', meeting: 'meeting1' })),
    ).toEqual({ ok: true, event: { type: 'agendaReset', meeting: 'meeting1' } });
  });

  it('refuses `__proto__`, `constructor` and other unknown keys, at any depth', () => {
    const hostile = JSON.parse('{"type":"processRenamed","name":"x","__proto__":{"admin":true}}');
    expect(refused(hostile)).toBe('event: unknown key __proto__');
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(
      refused(
        JSON.parse(
          '{"type":"departmentChanged","id":"d1","patch":{"name":"x","__proto__":{"headcount":1}}}',
        ),
      ),
    ).toBe('patch: unknown key __proto__');
    fc.assert(
      fc.property(
        anyEvent,
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'typ'),
        (event, pick, key) => {
          const objects = nodes(event as Json).filter(
            (n) => typeof n.value === 'object' && n.value !== null && !Array.isArray(n.value),
          );
          const target = objects[pick % objects.length]!;
          const raw = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
          let node = raw;
          for (const k of target.path) node = node[k] as Record<string, unknown>;
          Object.defineProperty(node, key, { value: 1, enumerable: true, writable: true });
          expect(refused(raw)).toContain(`unknown key ${key}`);
        },
      ),
    );
  });

  it('refuses an event without one of its required fields', () => {
    expect(refused({ type: 'wishAdded', wishId: 'a', text: 'x', group: 1 })).toBe(
      'at: expected string',
    );
    fc.assert(
      fc.property(anyEvent, fc.nat(), (event, pick) => {
        const keys = nodes(event as Json).filter(
          (n) => typeof n.path.at(-1) === 'string' && n.path.at(-1) !== 'type',
        );
        fc.pre(keys.length > 0);
        const { path } = keys[pick % keys.length]!;
        const raw = mutated(event, path, (parent, key) => delete parent[key]);
        if (isOptional(event, path)) expect(parseEvent(raw).ok).toBe(true);
        else refused(raw);
      }),
    );
  });

  it('refuses a field of the wrong type', () => {
    // Null is left out for leaves: some numbers, booleans and enums are nullable on purpose.
    const wrongFor = (value: Json): unknown[] =>
      typeof value === 'string'
        ? [1, true, {}, [value]]
        : typeof value === 'number'
          ? [String(value), true, [value]]
          : typeof value === 'boolean'
            ? ['true', 1]
            : value === null
              ? ['x', {}, []]
              : Array.isArray(value)
                ? ['x', 1, null, {}]
                : ['x', 1, null, []];
    fc.assert(
      fc.property(anyEvent, fc.nat(), fc.nat(), (event, pick, which) => {
        const fields = nodes(event as Json).filter((n) => n.path.length > 0);
        const { path, value } = fields[pick % fields.length]!;
        const wrong = wrongFor(value);
        const raw = mutated(event, path, (parent, key) => {
          parent[key] = wrong[which % wrong.length];
        });
        refused(raw);
      }),
    );
  });

  it('refuses huge strings in any field', () => {
    const huge = 'x'.repeat(LIMITS.longText + 1);
    expect(refused({ type: 'processRenamed', name: huge })).toBe(
      `name: longer than ${LIMITS.longText} characters`,
    );
    expect(refused({ type: 'wishRestored', wishId: 'x'.repeat(101) })).toBe(
      'wishId: longer than 100 characters',
    );
    fc.assert(
      fc.property(anyEvent, fc.nat(), (event, pick) => {
        const strings = nodes(event as Json).filter((n) => typeof n.value === 'string');
        const { path } = strings[pick % strings.length]!;
        refused(mutated(event, path, (parent, key) => (parent[key] = huge)));
      }),
    );
  });

  it('refuses NaN, Infinity and numbers out of bounds; fractions where a whole number is meant', () => {
    const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const count of nonFinite) {
      expect(
        refused({
          type: 'marksCounted',
          entryId: 'e',
          wishId: 'a',
          count,
          at: '2027-01-12T13:00:00Z',
        }),
      ).toBe('count: expected number');
    }
    expect(refused({ type: 'selectionTargetSet', target: 2.5 })).toBe('target: expected int');
    expect(refused({ type: 'participantsSet', count: LIMITS.count + 1 })).toBe(
      `count: above ${LIMITS.count}`,
    );
    expect(refused({ type: 'themeMoved', themeId: 't', index: -1 })).toBe('index: below 0');
    expect(refused({ type: 'timerStarted', meeting: 'meeting1', at: 2 ** 60 })).toContain('at:');
    fc.assert(
      fc.property(anyEvent, fc.nat(), fc.constantFrom(...nonFinite, 1e300), (event, pick, bad) => {
        const numbers = nodes(event as Json).filter((n) => typeof n.value === 'number');
        fc.pre(numbers.length > 0);
        const { path } = numbers[pick % numbers.length]!;
        refused(mutated(event, path, (parent, key) => (parent[key] = bad)));
      }),
    );
  });

  it('refuses malformed machine times and enum values; typed dates are left to the reducers', () => {
    expect(refused({ type: 'wishRemoved', wishId: 'a', at: 'yesterday' })).toBe(
      'at: not a valid datetime',
    );
    // A typed date is checked by its reducer, which says why (»Skriv en gyldig dato«).
    expect(parseEvent({ type: 'planApproved', date: '2027-02-30' }).ok).toBe(true);
    expect(refused({ type: 'planApproved', date: 'x'.repeat(41) })).toMatch(/^date: /);
    const signed = {
      type: 'approvalSigned',
      id: 'a1',
      name: 'Mette Kjær',
      role: 'management',
      title: 'Leder',
      date: '2027-02-18',
    };
    expect(parseEvent(signed).ok).toBe(true);
    expect(refused({ ...signed, role: 'boss' })).toMatch(/^role: /);
    expect(refused({ ...signed, signature: 'x' })).toBeTruthy();
    expect(refused({ type: 'phaseStatusSet', phase: 'plan', status: 'finished' })).toBe(
      'status: not one of notStarted, inProgress, done',
    );
    expect(
      refused({
        type: 'proposalAdded',
        id: 'p',
        wishId: 'a',
        text: 'x',
        origin: { step: 'byMagic' },
      }),
    ).toBe('origin.step: unknown type');
  });

  it('never throws, and whatever it takes parses again to the same event', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          anyEvent.map((e) => ({ ...e, noise: 1 })),
        ),
        (raw) => {
          const result = parseEvent(raw);
          if (result.ok) expect(parseEvent(result.event)).toEqual(result);
          else expect(result.reason.length).toBeLessThanOrEqual(301);
        },
      ),
    );
  });

  it('keeps reasons short even when the input is huge', () => {
    const reason = refused({ type: 'processRenamed', name: 'x', ['k'.repeat(10_000)]: 1 });
    expect(reason.length).toBeLessThan(100);
  });
});

describe('a recorded event', () => {
  const event: ProcessEvent = { type: 'processRenamed', name: 'Solsikken' };
  const at = '2026-11-25T10:00:00.000Z';

  it('is a process id, a valid event and an ISO time', () => {
    expect(parseRecordedEvent({ processId: 'p1', event, at })).toEqual({
      ok: true,
      recorded: { processId: 'p1', event, at },
    });
  });

  it('is refused with a bad process id, event, time or an extra key', () => {
    const reason = (raw: unknown) => {
      const result = parseRecordedEvent(raw);
      return result.ok ? null : result.reason;
    };
    expect(reason({ processId: '', event, at })).toBe('processId: empty');
    expect(reason({ processId: 'p1', event: { ...event, name: 1 }, at })).toBe(
      'event.name: expected string',
    );
    expect(reason({ processId: 'p1', event, at: 'now' })).toBe('at: not a valid datetime');
    expect(reason({ processId: 'p1', event, at, extra: 1 })).toBe('event: unknown key extra');
    expect(reason('p1')).toBe('not an object');
  });
});
