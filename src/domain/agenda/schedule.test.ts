import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from './agenda';
import { ok } from '../testing/ok';
import { setStepSkipped } from './customise';
import { forecastEnd, plannedSchedule } from './schedule';
import { agendaTemplate } from './templates';
import {
  extendStep,
  finishMeeting,
  idleTimer,
  nextStep,
  pauseTimer,
  resumeTimer,
  startTimer,
} from './timer';

const T0 = Date.UTC(2026, 2, 10, 8, 0);
const min = (m: number) => T0 + m * MINUTE_MS;
const m1 = agendaTemplate('meeting1');

describe('plannedSchedule', () => {
  it('gives every step its planned clock time from the start', () => {
    expect(plannedSchedule(m1, T0)).toEqual([
      { stepId: 'm1-intro', startsAt: min(0), endsAt: min(15) },
      { stepId: 'm1-interview', startsAt: min(15), endsAt: min(40) },
      { stepId: 'm1-brainstorm', startsAt: min(40), endsAt: min(70) },
      { stepId: 'm1-summary', startsAt: min(70), endsAt: min(100) },
      { stepId: 'm1-selection', startsAt: min(100), endsAt: min(115) },
    ]);
  });

  it('leaves skipped steps out', () => {
    const schedule = plannedSchedule(ok(setStepSkipped(m1, 'm1-interview', true)), T0);
    expect(schedule.map((s) => s.stepId)).not.toContain('m1-interview');
    expect(schedule.at(-1)!.endsAt).toBe(min(90));
  });
});

describe('forecastEnd', () => {
  it('is the planned end when everything runs to time', () => {
    expect(forecastEnd(startTimer(idleTimer(), m1, T0), m1, min(5))).toBe(min(115));
  });

  it('moves with overruns: actual time of finished steps, then max(elapsed, planned), then plan', () => {
    let timer = startTimer(idleTimer(), m1, T0);
    timer = nextStep(timer, m1, min(20)); // intro took 20 instead of 15
    expect(forecastEnd(timer, m1, min(30))).toBe(min(20 + 25 + 30 + 30 + 15));
    // 40 minutes into a 25-minute interview: 20 + 40 + 75
    expect(forecastEnd(timer, m1, min(60))).toBe(min(20 + 40 + 75));
  });

  it('moves earlier when a step ends early', () => {
    const timer = nextStep(startTimer(idleTimer(), m1, T0), m1, min(10));
    expect(forecastEnd(timer, m1, min(10))).toBe(min(110));
  });

  it('counts extensions and pauses', () => {
    let timer = extendStep(startTimer(idleTimer(), m1, T0), m1, 5, min(1));
    expect(forecastEnd(timer, m1, min(1))).toBe(min(120));
    timer = pauseTimer(timer, min(2));
    expect(forecastEnd(timer, m1, min(12))).toBe(min(130));
    timer = resumeTimer(timer, min(12));
    expect(forecastEnd(timer, m1, min(13))).toBe(min(130));
  });

  it('is the end time once the meeting is finished', () => {
    const timer = finishMeeting(startTimer(idleTimer(), m1, T0), m1, min(99));
    expect(forecastEnd(timer, m1, min(200))).toBe(min(99));
  });
});
