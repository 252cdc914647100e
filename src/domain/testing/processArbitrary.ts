import fc from 'fast-check';
import { emptyMeetingsSection } from '../agenda/section';
import { SCHEMA_VERSION, type ApvProcess } from '../document';
import { emptyFollowUp } from '../followup/followup';
import { emptyParking } from '../parking/parking';
import { examplePlan } from '../plan/exampleWorkplace.testHelper';
import { emptyMeeting2 } from '../plan/meeting2';
import { initialProjector } from '../projector/projector';
import { anyEvent, eventSequence } from '../wishes/arbitraries.testHelper';
import { replayLog } from '../wishes/exampleWorkplace.testHelper';
import { MEETING_IDS } from '../preparation/meetingPlan';
import { PREPARATION_QUESTION_IDS, SERIOUS_PROBLEM_ANSWERS } from '../preparation/preparation';
import { PHASE_IDS, PHASE_STATUSES } from '../process/phases';

/** Test-only: random valid APV processes, including awkward text (quotes, æøå, emoji, `__proto__`). */
const text = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.constantFrom('__proto__', 'constructor', 'Æble ø å "citat"; =1+1', '💡\n\ttab'),
  );
const id = fc.uuid();
const localDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const localDateTime = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 16));
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const recordOf = <K extends string, V>(keys: readonly K[], value: fc.Arbitrary<V>) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, value]))) as fc.Arbitrary<Record<K, V>>;
const person = fc.record({ id, name: text(40) });

/** Random but valid wishes sections: random event sequences replayed on a few seeded wishes. */
const wishesArbitrary = eventSequence(anyEvent, 20).map((events) => replayLog(events));

export const processArbitrary: fc.Arbitrary<ApvProcess> = fc.record({
  schemaVersion: fc.constant(SCHEMA_VERSION),
  id,
  name: text(80),
  createdAt: iso,
  updatedAt: iso,
  phases: recordOf(PHASE_IDS, fc.constantFrom(null, ...PHASE_STATUSES)),
  people: fc.record({
    participants: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
    departments: fc.array(
      fc.record({ id, name: text(40), headcount: fc.integer({ min: 1, max: 500 }) }),
      {
        maxLength: 5,
      },
    ),
    moedeleder: text(40),
    moedeassistenter: fc.array(person, { maxLength: 4 }),
    amg: fc.array(person, { maxLength: 4 }),
  }),
  meetings: recordOf(MEETING_IDS, fc.oneof(fc.constant(''), localDateTime)),
  preparation: fc.record({
    answers: recordOf(PREPARATION_QUESTION_IDS, text(200)),
    seriousProblems: fc.constantFrom(...SERIOUS_PROBLEM_ANSWERS),
  }),
  absence: fc.record({
    baseline: fc.record({
      from: fc.oneof(fc.constant(''), localDate),
      to: fc.oneof(fc.constant(''), localDate),
      plannedWorkdays: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
      daysLost: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
    }),
  }),
  meetingRuns: fc.constant(null).map(emptyMeetingsSection),
  projector: fc.constant(null).map(initialProjector),
  meeting2: fc.constant(null).map(emptyMeeting2),
  plan: fc.constant(null).map(examplePlan),
  followUp: fc.constant(null).map(emptyFollowUp),
  wishes: wishesArbitrary,
  parking: fc.constant(null).map(emptyParking),
});
