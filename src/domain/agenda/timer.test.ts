import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from './agenda';
import { ok } from '../testing/ok';
import { setInterviewTurns, setStepMinutes } from './customise';
import { agendaTemplate } from './templates';
import {
  extendStep,
  finishMeeting,
  idleTimer,
  jumpToStep,
  nextStep,
  pauseTimer,
  previousStep,
  restartStep,
  resumeTimer,
  startTimer,
  type TimerState,
} from './timer';
import { cueKey, readTimer, shouldChime } from './timerReading';

const T0 = Date.UTC(2026, 2, 10, 8, 0);
const min = (m: number) => T0 + m * MINUTE_MS;
const m1 = agendaTemplate('meeting1');

/** A running timer on meeting 1's interview step, started at T0. */
function onInterview(agenda = m1): TimerState {
  return startTimer(jumpToStep(idleTimer(), agenda, 'm1-interview', T0), agenda, T0);
}

describe('reading the timer', () => {
  it('counts elapsed and remaining time from timestamps', () => {
    const timer = startTimer(idleTimer(), m1, T0);
    expect(readTimer(timer, m1, min(4))).toMatchObject({
      status: 'running',
      stepIndex: 0,
      stepId: 'm1-intro',
      elapsedMs: 4 * MINUTE_MS,
      remainingMs: 11 * MINUTE_MS,
      isOverrun: false,
      subRound: null,
    });
  });

  it('shows the first step, unstarted, before the meeting starts', () => {
    expect(readTimer(idleTimer(), m1, min(30))).toMatchObject({
      status: 'idle',
      stepIndex: 0,
      elapsedMs: 0,
      remainingMs: 15 * MINUTE_MS,
    });
  });

  it('advances interview rounds by itself as time passes', () => {
    const timer = onInterview();
    const at = (m: number) => readTimer(timer, m1, min(m))!.subRound;
    expect(at(0)).toMatchObject({ index: 0, kind: 'interviewTurn', round: 1, rounds: 3 });
    expect(at(4.99)).toMatchObject({ index: 0, round: 1 });
    expect(at(5)).toMatchObject({ index: 1, round: 2, remainingMs: 5 * MINUTE_MS });
    expect(at(12)).toMatchObject({ index: 2, round: 3, remainingMs: 3 * MINUTE_MS });
    expect(at(15)).toMatchObject({ index: 3, kind: 'writeUp', round: 1, rounds: 1 });
    expect(at(24)!.remainingMs).toBe(1 * MINUTE_MS);
  });

  it('counts four rounds when interview groups have four members', () => {
    const agenda = ok(setInterviewTurns(m1, 'm1-interview', 4));
    const timer = onInterview(agenda);
    expect(readTimer(timer, agenda, min(16))!.subRound).toMatchObject({ round: 4, rounds: 4 });
    expect(readTimer(timer, agenda, min(20))!.subRound!.kind).toBe('writeUp');
  });

  it('runs over without moving on: remaining goes below zero on the same step', () => {
    const timer = onInterview();
    const late = readTimer(timer, m1, min(27))!;
    expect(late).toMatchObject({ stepId: 'm1-interview', isOverrun: true });
    expect(late.remainingMs).toBe(-2 * MINUTE_MS);
    expect(late.subRound).toMatchObject({ kind: 'writeUp', remainingMs: -2 * MINUTE_MS });
  });

  it('gives the extension to the last sub-round', () => {
    const timer = extendStep(onInterview(), m1, 5, min(1));
    expect(readTimer(timer, m1, min(27))).toMatchObject({
      isOverrun: false,
      remainingMs: 3 * MINUTE_MS,
    });
    expect(readTimer(timer, m1, min(7))!.subRound!.round).toBe(2);
  });

  it('keeps a shortened step’s rounds inside the step', () => {
    const agenda = ok(setStepMinutes(m1, 'm1-interview', 8));
    const timer = onInterview(agenda);
    expect(readTimer(timer, agenda, min(6))!.subRound).toMatchObject({
      round: 2,
      remainingMs: 2 * MINUTE_MS,
    });
    expect(readTimer(timer, agenda, min(9))!.subRound).toMatchObject({
      round: 2,
      remainingMs: -MINUTE_MS,
    });
  });
});

describe('pause and resume', () => {
  it('freezes the clock while paused and leaves out the paused time', () => {
    const paused = pauseTimer(startTimer(idleTimer(), m1, T0), min(3));
    expect(readTimer(paused, m1, min(10))).toMatchObject({
      status: 'paused',
      elapsedMs: 3 * MINUTE_MS,
    });
    const resumed = resumeTimer(paused, min(10));
    expect(readTimer(resumed, m1, min(12))!.elapsedMs).toBe(5 * MINUTE_MS);
  });

  it('is a no-op when it does not apply', () => {
    const idle = idleTimer();
    expect(pauseTimer(idle, T0)).toBe(idle);
    expect(resumeTimer(idle, T0)).toBe(idle);
    const paused = pauseTimer(startTimer(idle, m1, T0), min(1));
    expect(pauseTimer(paused, min(2))).toBe(paused);
    const running = startTimer(idle, m1, T0);
    expect(resumeTimer(running, min(2))).toBe(running);
    expect(startTimer(running, m1, min(2))).toBe(running);
  });
});

describe('extending', () => {
  it('adds and removes whole minutes', () => {
    let timer = startTimer(idleTimer(), m1, T0);
    timer = extendStep(timer, m1, 5, min(1));
    timer = extendStep(timer, m1, 1, min(1));
    timer = extendStep(timer, m1, -1, min(1));
    expect(readTimer(timer, m1, min(1))).toMatchObject({
      totalMs: 20 * MINUTE_MS,
      extensionMs: 5 * MINUTE_MS,
    });
  });

  it('cuts no further than the time already run', () => {
    let timer = startTimer(idleTimer(), m1, T0);
    timer = extendStep(timer, m1, -60, min(14.5));
    expect(readTimer(timer, m1, min(14.5))).toMatchObject({ remainingMs: 0, isOverrun: true });
    const over = startTimer(idleTimer(), m1, T0);
    expect(extendStep(over, m1, -1, min(20))).toBe(over);
  });

  it('rejects steps that are not whole minutes or too large', () => {
    const timer = startTimer(idleTimer(), m1, T0);
    expect(extendStep(timer, m1, 0, min(1))).toBe(timer);
    expect(extendStep(timer, m1, 1.5, min(1))).toBe(timer);
    expect(extendStep(timer, m1, 61, min(1))).toBe(timer);
  });
});

describe('moving between steps', () => {
  it('records the time a step ran, and resumes it when going back', () => {
    let timer = startTimer(idleTimer(), m1, T0);
    timer = nextStep(timer, m1, min(17));
    expect(timer.actualMs['m1-intro']).toBe(17 * MINUTE_MS);
    expect(readTimer(timer, m1, min(20))).toMatchObject({
      stepId: 'm1-interview',
      elapsedMs: 3 * MINUTE_MS,
    });
    timer = previousStep(timer, m1, min(20));
    expect(readTimer(timer, m1, min(21))).toMatchObject({
      stepId: 'm1-intro',
      elapsedMs: 18 * MINUTE_MS,
    });
  });

  it('stays put at the ends and on unknown steps', () => {
    const first = startTimer(idleTimer(), m1, T0);
    expect(previousStep(first, m1, min(1))).toBe(first);
    expect(jumpToStep(first, m1, 'nope', min(1))).toBe(first);
    expect(jumpToStep(first, m1, 'm1-intro', min(1))).toBe(first);
    const last = jumpToStep(first, m1, 'm1-selection', min(2));
    expect(nextStep(last, m1, min(3))).toBe(last);
  });

  it('keeps a paused timer paused on the next step', () => {
    const timer = nextStep(pauseTimer(startTimer(idleTimer(), m1, T0), min(2)), m1, min(5));
    expect(readTimer(timer, m1, min(9))).toMatchObject({
      status: 'paused',
      stepIndex: 1,
      elapsedMs: 0,
    });
  });

  it('restarts a step from zero without its extension', () => {
    let timer = extendStep(startTimer(idleTimer(), m1, T0), m1, 5, min(1));
    timer = restartStep(timer, m1, min(10));
    expect(readTimer(timer, m1, min(11))).toMatchObject({ elapsedMs: MINUTE_MS, extensionMs: 0 });
  });

  it('finishes the meeting: the clock stops and nothing else applies', () => {
    let timer = startTimer(idleTimer(), m1, T0);
    timer = finishMeeting(timer, m1, min(12));
    expect(timer.actualMs['m1-intro']).toBe(12 * MINUTE_MS);
    expect(readTimer(timer, m1, min(50))).toMatchObject({
      status: 'finished',
      elapsedMs: 12 * MINUTE_MS,
    });
    expect(nextStep(timer, m1, min(50))).toBe(timer);
    expect(resumeTimer(timer, min(50))).toBe(timer);
    expect(extendStep(timer, m1, 5, min(50))).toBe(timer);
  });

  it('falls back to the first step when the current one is gone from the agenda', () => {
    const timer = onInterview();
    const without = { ...m1, steps: m1.steps.filter((s) => s.id !== 'm1-interview') };
    expect(readTimer(timer, without, min(3))).toMatchObject({ stepIndex: 0, stepId: 'm1-intro' });
    expect(readTimer(nextStep(timer, without, min(3)), without, min(3))!.stepId).toBe(
      'm1-brainstorm',
    );
  });
});

describe('cue for a chime', () => {
  it('changes exactly when a round or the step time ends', () => {
    const timer = onInterview();
    const key = (m: number) => cueKey(timer, m1, min(m));
    expect(key(0)).toBe(key(4.9));
    expect(key(5)).not.toBe(key(4.9));
    expect(key(5)).toBe(key(9.9));
    expect(key(10)).not.toBe(key(9.9));
    expect(key(15)).not.toBe(key(14.9));
    expect(key(15)).toBe(key(24.9));
    expect(key(25)).not.toBe(key(24.9));
    expect(key(25)).toBe(key(60));
    expect(shouldChime(key(4.9), key(5))).toBe(true);
    expect(shouldChime(key(5), key(9))).toBe(false);
  });

  it('does not chime for a change of step, nor before the start', () => {
    const timer = onInterview();
    const moved = nextStep(timer, m1, min(30));
    expect(shouldChime(cueKey(timer, m1, min(30)), cueKey(moved, m1, min(30)))).toBe(false);
    expect(cueKey(idleTimer(), m1, min(30))).toBeNull();
  });

  it('chimes again when an overrun step is extended and runs out again', () => {
    const timer = startTimer(idleTimer(), m1, T0);
    const before = cueKey(timer, m1, min(16));
    const extended = extendStep(timer, m1, 5, min(16));
    expect(shouldChime(before, cueKey(extended, m1, min(17)))).toBe(false);
    expect(shouldChime(cueKey(extended, m1, min(19)), cueKey(extended, m1, min(20)))).toBe(true);
  });
});
