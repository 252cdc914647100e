/** Test-only: fast-check generators of process events from every section, and junk. */
import fc from 'fast-check';
import { MEETING_KEYS, TEMPLATE_STEP_IDS } from '../agenda/ids';
import type { ProcessEvent } from '../events';
import { EFFECT_VERDICTS, TEAM_KINDS } from '../followup/followup';
import { APPROVER_ROLES, COMMUNICATION_CHANNELS, INITIATIVE_STATUSES } from '../plan/handleplan';
import { PROPOSAL_HEADINGS } from '../plan/meeting2';
import { MEETING_IDS } from '../preparation/meetingPlan';
import { PREPARATION_QUESTION_IDS } from '../preparation/preparation';
import { PHASE_IDS, PHASE_STATUSES } from '../process/phases';
import { PROJECTOR_VIEWS } from '../projector/projector';
import { anyEvent as wishesEvent, WISH_IDS } from '../wishes/arbitraries.testHelper';

/** Small id pools, so events collide: adds, changes and removals of the same things. */
const id = fc.constantFrom('x1', 'x2', 'x3');
const wishId = fc.constantFrom(...WISH_IDS);
const text = fc.oneof(fc.constantFrom('Ro', ' ', 'Mere tid', '__proto__'), fc.string());
const date = fc.constantFrom('', '2027-01-12', '2027-02-01', '2027-13-45');
const small = fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constantFrom(1.5, Number.NaN));
const meeting = fc.constantFrom(...MEETING_KEYS);
const stepId = fc.constantFrom(...TEMPLATE_STEP_IDS, 'break-1');
/** Event times (epoch ms) around the envelope's, in and out of bounds. */
const epoch = fc.constantFrom(
  Date.UTC(2027, 0, 12, 13),
  Date.UTC(2027, 0, 12, 13, 20),
  Date.UTC(2030, 0, 1),
  0,
  -5,
  Number.NaN,
);
const iso = fc.constantFrom('2027-01-12T13:00:00.000Z', '1990-01-01T00:00:00.000Z', 'i går');

const preparation: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({ type: fc.constant('processRenamed' as const), name: text }),
  fc.record({
    type: fc.constant('phaseStatusSet' as const),
    phase: fc.constantFrom(...PHASE_IDS),
    status: fc.constantFrom(null, ...PHASE_STATUSES),
  }),
  fc.record({
    type: fc.constant('preparationAnswered' as const),
    question: fc.constantFrom(...PREPARATION_QUESTION_IDS),
    text,
  }),
  fc.record({
    type: fc.constant('participantsSet' as const),
    count: fc.option(small, { nil: null }),
  }),
  fc.record({
    type: fc.constant('personAdded' as const),
    role: fc.constantFrom('amg' as const, 'moedeassistenter' as const),
    id,
    name: text,
  }),
  fc.record({
    type: fc.constant('personRemoved' as const),
    role: fc.constantFrom('amg' as const, 'moedeassistenter' as const),
    id,
  }),
  fc.record({ type: fc.constant('departmentAdded' as const), id, name: text, headcount: small }),
  fc.record({ type: fc.constant('departmentRemoved' as const), id }),
  fc.record({
    type: fc.constant('meetingPlanned' as const),
    meeting: fc.constantFrom(...MEETING_IDS),
    at: fc.constantFrom('', '2027-01-12T13:00', 'snart'),
  }),
  fc.record({
    type: fc.constant('absenceBaselineChanged' as const),
    patch: fc.record(
      {
        from: date,
        plannedWorkdays: fc.option(small, { nil: null }),
        daysLost: fc.option(small, { nil: null }),
      },
      { requiredKeys: [] },
    ),
  }),
);

const meetings: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({ type: fc.constant('stepMinutesChanged' as const), meeting, stepId, minutes: small }),
  fc.record({ type: fc.constant('stepSkipped' as const), meeting, stepId }),
  fc.record({
    type: fc.constant('breakAdded' as const),
    meeting,
    stepId,
    minutes: small,
    atIndex: small,
  }),
  fc.record({ type: fc.constant('stepRemoved' as const), meeting, stepId }),
  fc.record({ type: fc.constant('agendaReset' as const), meeting }),
  fc.record({
    type: fc.constantFrom(
      'timerStarted' as const,
      'timerPaused' as const,
      'timerResumed' as const,
      'timerMovedToNextStep' as const,
      'meetingFinished' as const,
      'timerReset' as const,
    ),
    meeting,
    at: epoch,
  }),
  fc.record({ type: fc.constant('timerExtended' as const), meeting, at: epoch, minutes: small }),
  fc.record({
    type: fc.constant('attendanceRecorded' as const),
    meeting,
    present: fc.option(small, { nil: null }),
  }),
  fc.record({
    type: fc.constant('projectorShown' as const),
    meeting,
    view: fc.constantFrom(...PROJECTOR_VIEWS),
  }),
  fc.record({
    type: fc.constant('projectorPaged' as const),
    view: fc.constantFrom(...PROJECTOR_VIEWS),
    page: fc.integer({ min: 0, max: 5 }),
  }),
);

const meeting2: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({
    type: fc.constant('groupWishesChosen' as const),
    group: small,
    wishIds: fc.array(wishId, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('interestCounted' as const), wishId, count: small }),
  fc.record({
    type: fc.constant('proposalAdded' as const),
    id,
    wishId,
    text,
    origin: fc.oneof(
      fc.record({ step: fc.constant('groupOfFour' as const), group: small }),
      fc.record({
        step: fc.constant('interestGroup' as const),
        heading: fc.constantFrom(...PROPOSAL_HEADINGS),
      }),
    ),
  }),
  fc.record({ type: fc.constant('proposalRemoved' as const), id }),
  fc.record({
    type: fc.constant('proposalsJoined' as const),
    id: fc.constantFrom('j1', 'j2'),
    theme: text,
    text,
    proposalIds: fc.array(id, { maxLength: 3 }),
  }),
  fc.record({ type: fc.constant('joinUndone' as const), id: fc.constantFrom('j1', 'j2') }),
);

const plan: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({ type: fc.constant('goalAdded' as const), id, text }),
  fc.record({ type: fc.constant('goalRemoved' as const), id }),
  fc.record({
    type: fc.constant('initiativeAdded' as const),
    id,
    fields: fc.record({ title: text, start: date, deadline: date }, { requiredKeys: [] }),
  }),
  fc.record({
    type: fc.constant('initiativeChanged' as const),
    id,
    changes: fc.record(
      { title: text, start: date, deadline: date, followUpDates: fc.array(date) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('initiativeMoved' as const), id, toIndex: small }),
  fc.record({ type: fc.constant('initiativeRemoved' as const), id }),
  fc.record({
    type: fc.constant('statusUpdated' as const),
    id: fc.uuid(),
    initiativeId: id,
    status: fc.constantFrom(...INITIATIVE_STATUSES),
    note: text,
    at: iso,
  }),
  fc.record({
    type: fc.constant('communicationItemAdded' as const),
    id,
    what: text,
    audience: text,
    when: text,
    channel: fc.constantFrom(...COMMUNICATION_CHANNELS),
  }),
  fc.record({ type: fc.constant('planApproved' as const), date }),
  fc.record({
    type: fc.constant('approvalSigned' as const),
    id,
    name: text,
    role: fc.constantFrom(...APPROVER_ROLES),
    title: text,
    date,
  }),
  fc.record({ type: fc.constant('approvalRemoved' as const), id }),
);

const followUp: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({
    type: fc.constant('followUpChecked' as const),
    id,
    initiativeId: id,
    plannedDate: date,
    heldOn: date,
    verdict: fc.constantFrom(...EFFECT_VERDICTS),
    note: text,
  }),
  fc.record({
    type: fc.constant('teamMemberAdded' as const),
    id,
    name: text,
    kind: fc.constantFrom(...TEAM_KINDS),
    role: text,
  }),
  fc.record({ type: fc.constant('teamMemberRemoved' as const), id }),
  fc.record({
    type: fc.constant('absenceMeasured' as const),
    id,
    figures: fc.record({
      from: date,
      to: date,
      plannedWorkdays: fc.option(small, { nil: null }),
      daysLost: fc.option(small, { nil: null }),
    }),
  }),
);

const parking: fc.Arbitrary<ProcessEvent> = fc.oneof(
  fc.record({
    type: fc.constant('itemParked' as const),
    itemId: id,
    text,
    meeting: fc.constantFrom('meeting1' as const, 'meeting2' as const),
    at: iso,
  }),
  fc.record({ type: fc.constant('parkedItemRemoved' as const), itemId: id }),
);

/** Events of every section, mostly well-formed, with values in and out of their rules. */
export const processEvent: fc.Arbitrary<ProcessEvent> = fc.oneof(
  preparation,
  meetings,
  meeting2,
  plan,
  followUp,
  parking,
  wishesEvent.map((e) =>
    e.type === 'marksCounted' || e.type === 'marksAdjusted' ? { ...e, entryId: `e-${e.at}` } : e,
  ),
);

/** What may arrive from outside: not events at all, unknown types, wrong or missing fields. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.string() }),
  fc.constantFrom(
    { type: '__proto__' },
    { type: 'constructor' },
    { type: 'wishAdded' },
    { type: 'wishAdded', wishId: 5, text: null, group: 'one', at: [] },
    { type: 'initiativeChanged', id: 'x1', changes: null },
    { type: 'timerStarted', meeting: 'meeting3', at: 1 },
    { type: 'processRenamed', name: 'x'.repeat(1_000_000) },
    JSON.parse('{"type":"participantsSet","count":3,"__proto__":{"polluted":true}}'),
  ),
);
