import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejection } from '../outcome';
import { ok } from '../testing/ok';
import { MINUTE_MS } from './agenda';
import { applyMeetingsEvent, type MeetingsEvent, type MeetingsRejection } from './events';
import { meetingsSectionSchema } from './schema';
import { emptyMeetingsSection, type MeetingsSection } from './section';
import { readTimer } from './timerReading';

const T0 = Date.UTC(2026, 2, 10, 8, 0);
const min = (m: number) => T0 + m * MINUTE_MS;
const meeting = 'meeting1' as const;

/** Applies events that must all be accepted. */
function apply(section: MeetingsSection, ...events: MeetingsEvent[]): MeetingsSection {
  return events.reduce((s, e) => ok(applyMeetingsEvent(s, e)), section);
}

/** Applies any events, keeping the section when one is refused (as a replayed log does). */
function fold(section: MeetingsSection, events: MeetingsEvent[]): MeetingsSection {
  return events.reduce((s, e) => {
    const next = applyMeetingsEvent(s, e);
    return isRejection(next) ? s : next;
  }, section);
}

describe('unknown meetings', () => {
  it('are refused, even names every object has', () => {
    const section = emptyMeetingsSection();
    for (const name of ['toString', '__proto__', 'meeting9']) {
      const event = { type: 'timerPaused', meeting: name, at: T0 } as unknown as MeetingsEvent;
      expect(applyMeetingsEvent(section, event)).toBe('unknownMeeting');
    }
  });
});

describe('applyMeetingsEvent', () => {
  it('changes only the meeting named in the event', () => {
    const before = emptyMeetingsSection();
    const after = apply(before, {
      type: 'stepMinutesChanged',
      meeting,
      stepId: 'm1-intro',
      minutes: 20,
    });
    expect(after.meeting1.agenda.steps[0]!.minutes).toBe(20);
    expect(after.meeting2).toBe(before.meeting2);
  });

  it('refuses invalid changes, saying why', () => {
    const section = emptyMeetingsSection();
    const invalid: [MeetingsEvent, MeetingsRejection][] = [
      [{ type: 'stepMinutesChanged', meeting, stepId: 'm1-intro', minutes: 0 }, 'invalidMinutes'],
      [{ type: 'stepMinutesChanged', meeting, stepId: 'm1-intro', minutes: 241 }, 'invalidMinutes'],
      [{ type: 'stepMinutesChanged', meeting, stepId: 'm1-intro', minutes: -3 }, 'invalidMinutes'],
      [{ type: 'stepMinutesChanged', meeting, stepId: 'nope', minutes: 10 }, 'unknownStep'],
      [{ type: 'stepRemoved', meeting, stepId: 'm1-intro' }, 'methodStep'],
      [
        { type: 'questionsChosen', meeting, stepId: 'm1-interview', questionIds: [] },
        'invalidQuestions',
      ],
      [{ type: 'timerStarted', meeting, at: -1 }, 'invalidTime'],
      [{ type: 'timerStarted', meeting, at: Number.NaN }, 'invalidTime'],
      [{ type: 'timerStarted', meeting, at: 1.5 }, 'invalidTime'],
      [{ type: 'attendanceRecorded', meeting, present: 0 }, 'invalidCount'],
      [{ type: 'attendanceRecorded', meeting, present: 2.5 }, 'invalidCount'],
    ];
    for (const [event, reason] of invalid) expect(applyMeetingsEvent(section, event)).toBe(reason);
  });

  it('returns the same section for changes that change nothing', () => {
    const section = emptyMeetingsSection();
    const empty: MeetingsEvent[] = [
      { type: 'stepMinutesChanged', meeting, stepId: 'm1-intro', minutes: 15 },
      { type: 'timerPaused', meeting, at: T0 },
      { type: 'timerExtended', meeting, minutes: 0, at: T0 },
      { type: 'timerReset', meeting, at: T0 },
      { type: 'agendaReset', meeting },
      { type: 'attendanceRecorded', meeting, present: null },
    ];
    for (const event of empty) expect(applyMeetingsEvent(section, event)).toBe(section);
  });

  it('keeps the step on screen from being skipped or removed while the meeting runs', () => {
    const running = apply(
      emptyMeetingsSection(),
      { type: 'breakAdded', meeting, stepId: 'pause-1', minutes: 10, atIndex: 0 },
      { type: 'timerStarted', meeting, at: T0 },
    );
    expect(applyMeetingsEvent(running, { type: 'stepRemoved', meeting, stepId: 'pause-1' })).toBe(
      'stepIsLive',
    );
    expect(applyMeetingsEvent(running, { type: 'stepSkipped', meeting, stepId: 'pause-1' })).toBe(
      'stepIsLive',
    );
    expect(applyMeetingsEvent(running, { type: 'agendaReset', meeting })).toBe('meetingIsLive');
    const skipped = apply(running, { type: 'stepSkipped', meeting, stepId: 'm1-brainstorm' });
    expect(skipped.meeting1.agenda.steps.find((s) => s.id === 'm1-brainstorm')!.skipped).toBe(true);
  });

  it('resets a customised agenda to the template when the meeting is not running', () => {
    const fresh = emptyMeetingsSection();
    const changed = apply(
      fresh,
      { type: 'stepMinutesChanged', meeting, stepId: 'm1-intro', minutes: 20 },
      { type: 'breakAdded', meeting, stepId: 'pause-1', minutes: 10, atIndex: 2 },
      { type: 'stepSkipped', meeting, stepId: 'm1-selection' },
    );
    expect(apply(changed, { type: 'agendaReset', meeting }).meeting1.agenda).toEqual(
      fresh.meeting1.agenda,
    );
  });

  it('keeps the meeting record: start, end, actual minutes per step, people present', () => {
    const section = apply(
      emptyMeetingsSection(),
      { type: 'attendanceRecorded', meeting, present: 23 },
      { type: 'timerStarted', meeting, at: T0 },
      { type: 'timerMovedToNextStep', meeting, at: min(16.5) },
      { type: 'meetingFinished', meeting, at: min(40) },
    );
    expect(section.meeting1.record).toEqual({
      startedAt: T0,
      endedAt: min(40),
      actualMinutes: { 'm1-intro': 16.5, 'm1-interview': 23.5 },
      present: 23,
    });
  });

  it('resets the timer and the record’s times, but keeps who came', () => {
    const section = apply(
      emptyMeetingsSection(),
      { type: 'attendanceRecorded', meeting, present: 12 },
      { type: 'timerStarted', meeting, at: T0 },
      { type: 'timerReset', meeting, at: min(3) },
    );
    expect(readTimer(section.meeting1.timer, section.meeting1.agenda, min(9))!.status).toBe('idle');
    expect(section.meeting1.record).toEqual({
      startedAt: null,
      endedAt: null,
      actualMinutes: {},
      present: 12,
    });
  });

  it('keeps a valid section for any sequence of events', () => {
    const stepId = fc.constantFrom(
      'm1-intro',
      'm1-interview',
      'm1-summary',
      'pause-1',
      'pause-2',
      'x',
    );
    const at = fc.integer({ min: 0, max: 200 }).map((m) => min(m));
    const event: fc.Arbitrary<MeetingsEvent> = fc.oneof(
      fc.record({
        type: fc.constant('stepMinutesChanged' as const),
        meeting: fc.constant(meeting),
        stepId,
        minutes: fc.integer({ min: -5, max: 300 }),
      }),
      fc.record({
        type: fc.constant('stepMoved' as const),
        meeting: fc.constant(meeting),
        stepId,
        toIndex: fc.integer({ min: -1, max: 8 }),
      }),
      fc.record({
        type: fc.constantFrom(
          'stepSkipped' as const,
          'stepUnskipped' as const,
          'stepRemoved' as const,
        ),
        meeting: fc.constant(meeting),
        stepId,
      }),
      fc.record({
        type: fc.constant('breakAdded' as const),
        meeting: fc.constant(meeting),
        stepId,
        minutes: fc.integer({ min: 0, max: 30 }),
        atIndex: fc.integer({ min: -1, max: 8 }),
      }),
      fc.record({
        type: fc.constant('interviewTurnsSet' as const),
        meeting: fc.constant(meeting),
        stepId,
        turns: fc.integer({ min: 0, max: 14 }),
      }),
      fc.record({ type: fc.constant('agendaReset' as const), meeting: fc.constant(meeting) }),
      fc.record({
        type: fc.constantFrom(
          'timerStarted' as const,
          'timerPaused' as const,
          'timerResumed' as const,
          'timerMovedToNextStep' as const,
          'timerMovedToPreviousStep' as const,
          'timerStepRestarted' as const,
          'meetingFinished' as const,
          'timerReset' as const,
        ),
        meeting: fc.constant(meeting),
        at,
      }),
      fc.record({
        type: fc.constant('timerExtended' as const),
        meeting: fc.constant(meeting),
        minutes: fc.constantFrom(1, 5, -1),
        at,
      }),
      fc.record({
        type: fc.constant('timerJumpedToStep' as const),
        meeting: fc.constant(meeting),
        stepId,
        at,
      }),
      fc.record({
        type: fc.constant('attendanceRecorded' as const),
        meeting: fc.constant(meeting),
        present: fc.option(fc.integer({ min: -1, max: 50 })),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 50 }), (events) => {
        const section = fold(emptyMeetingsSection(), events);
        expect(meetingsSectionSchema.safeParse(section).success).toBe(true);
        // Whatever happened, the step on screen is one of the agenda's running steps.
        const reading = readTimer(section.meeting1.timer, section.meeting1.agenda, min(300));
        if (reading && reading.status !== 'idle') {
          expect(section.meeting1.timer.stepId).toBe(reading.stepId);
        }
      }),
    );
  });
});
