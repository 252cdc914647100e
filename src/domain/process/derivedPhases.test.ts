import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, foldEvent } from '../apply';
import { createProcess, type ApvProcess } from '../document';
import type { ProcessEvent } from '../events';
import { ok } from '../testing/ok';
import { effectivePhases, phasesFromData, processPhases, readPhases } from './derivedPhases';
import { nextTodo } from './nextSteps';
import { PHASE_IDS, PHASE_STATUSES, currentPhase, noOverrides } from './phases';

const start = Date.parse('2027-01-12T12:00:00Z');
const fresh = () => createProcess({ id: 'p1', name: 'Solsikken', now: new Date(start - 1000) });
const at = (ms: number) => new Date(ms).toISOString();

/** Recorded a day after the meetings' own times, so no event is ahead of its envelope. */
const recordedAt = (i: number) => at(start + 86_400_000 + i * 1000);

function run(doc: ApvProcess, events: ProcessEvent[]): ApvProcess {
  return events.reduce((d, e, i) => ok(applyEvent(d, e, recordedAt(i))), doc);
}

/** Like `run`, but an event the document refuses (finishing a meeting twice) changes nothing. */
function replay(doc: ApvProcess, events: ProcessEvent[]): ApvProcess {
  return events.reduce((d, e, i) => foldEvent(d, e, recordedAt(i)), doc);
}

const started = (meeting: 'meeting1' | 'meeting2', t: number): ProcessEvent => ({
  type: 'timerStarted',
  meeting,
  at: start + t * 60_000,
});
const finished = (meeting: 'meeting1' | 'meeting2', t: number): ProcessEvent => ({
  type: 'meetingFinished',
  meeting,
  at: start + t * 60_000,
});

describe('phases from what happened', () => {
  it('starts in the preparation with nothing set by hand', () => {
    const doc = fresh();
    expect(doc.phases).toEqual(noOverrides());
    expect(processPhases(doc)).toEqual({
      preparation: 'inProgress',
      meeting1: 'notStarted',
      assessment: 'notStarted',
      meeting2: 'notStarted',
      plan: 'notStarted',
      followup: 'notStarted',
    });
  });

  it('follows meeting 1 from started to finished, then points to the assessment meeting', () => {
    const begun = run(fresh(), [started('meeting1', 0)]);
    expect(processPhases(begun)).toMatchObject({ preparation: 'done', meeting1: 'inProgress' });
    expect(nextTodo(begun, 'meeting1')).toBe('finishMeeting1');
    const over = run(begun, [finished('meeting1', 1)]);
    const phases = processPhases(over);
    expect(phases).toMatchObject({ meeting1: 'done', assessment: 'notStarted' });
    expect(currentPhase(phases)).toBe('assessment');
    expect(nextTodo(over, 'assessment')).toBe('holdAssessment');
  });

  it('calls the assessment done when the selection is confirmed, the plan when approved', () => {
    const assessed = run(fresh(), [
      started('meeting1', 0),
      finished('meeting1', 1),
      { type: 'selectionPreliminarySet', preliminary: false },
    ]);
    expect(processPhases(assessed)).toMatchObject({ assessment: 'done', meeting2: 'notStarted' });
    const approved = run(assessed, [
      started('meeting2', 3),
      finished('meeting2', 4),
      { type: 'planApproved', date: '2027-03-01' },
    ]);
    expect(processPhases(approved)).toMatchObject({
      meeting2: 'done',
      plan: 'done',
      followup: 'inProgress',
    });
    expect(currentPhase(processPhases(approved))).toBe('followup');
    expect(nextTodo(approved, 'followup')).toBe('followUp');
  });

  it('counts the phases before a meeting as done once it has started', () => {
    const doc = run(fresh(), [started('meeting2', 0)]);
    expect(processPhases(doc)).toMatchObject({
      preparation: 'done',
      meeting1: 'done',
      assessment: 'done',
      meeting2: 'inProgress',
    });
  });

  it('lets the leader override a status, shows it as such, and follow the data again', () => {
    const doc = run(fresh(), [started('meeting1', 0), finished('meeting1', 1)]);
    const reopened = run(doc, [
      { type: 'phaseStatusSet', phase: 'meeting1', status: 'inProgress' },
    ]);
    expect(readPhases(reopened).meeting1).toEqual({
      status: 'inProgress',
      derived: 'done',
      overridden: true,
    });
    expect(currentPhase(processPhases(reopened))).toBe('meeting1');
    const back = run(reopened, [{ type: 'phaseStatusSet', phase: 'meeting1', status: null }]);
    expect(readPhases(back).meeting1).toEqual({
      status: 'done',
      derived: 'done',
      overridden: false,
    });
  });
});

/** Random histories of the milestones the phases are read from, in any order. */
const milestone = fc.constantFrom<ProcessEvent[]>(
  [started('meeting1', 0)],
  [started('meeting1', 0), finished('meeting1', 1)],
  [{ type: 'selectionPreliminarySet', preliminary: false }],
  [{ type: 'selectionPreliminarySet', preliminary: true }],
  [{ type: 'analysisNoted', point: 'strengths', text: 'Vi hjælper hinanden' }],
  [started('meeting2', 2)],
  [started('meeting2', 2), finished('meeting2', 3)],
  [{ type: 'goalAdded', id: 'g1', text: 'Mere ro' }],
  [{ type: 'planApproved', date: '2027-03-01' }],
  [{ type: 'planApproved', date: '' }],
);
const history = fc.array(milestone, { maxLength: 8 }).map((steps) => steps.flat());
const overrides = fc.record(
  Object.fromEntries(PHASE_IDS.map((p) => [p, fc.constantFrom(null, ...PHASE_STATUSES)])),
) as fc.Arbitrary<ReturnType<typeof noOverrides>>;

describe('phases from what happened, for any history', () => {
  it('never shows a phase as done after one that is not', () => {
    fc.assert(
      fc.property(history, (events) => {
        const phases = phasesFromData(replay(fresh(), events));
        const firstOpen = PHASE_IDS.findIndex((p) => phases[p] !== 'done');
        if (firstOpen >= 0) {
          expect(PHASE_IDS.slice(firstOpen).filter((p) => phases[p] === 'done')).toEqual([]);
        }
      }),
    );
  });

  it('shows an override where there is one and the data everywhere else', () => {
    fc.assert(
      fc.property(history, overrides, (events, set) => {
        const derived = phasesFromData(replay(fresh(), events));
        const shown = effectivePhases(set, derived);
        for (const p of PHASE_IDS) expect(shown[p]).toBe(set[p] ?? derived[p]);
        expect(effectivePhases(noOverrides(), derived)).toEqual(derived);
      }),
    );
  });

  it('has a next step in the current phase unless every phase is done', () => {
    fc.assert(
      fc.property(history, (events) => {
        const doc = replay(fresh(), events);
        const phases = processPhases(doc);
        const allDone = PHASE_IDS.every((p) => phases[p] === 'done');
        expect(nextTodo(doc, currentPhase(phases)) === 'none').toBe(allDone);
      }),
    );
  });
});
