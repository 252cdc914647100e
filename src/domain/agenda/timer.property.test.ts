import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeSteps, MINUTE_MS, type Agenda } from './agenda';
import { isRejection } from '../outcome';
import {
  addBreak,
  moveStep,
  removeStep,
  setStepMinutes,
  setStepSkipped,
  type AgendaRejection,
} from './customise';
import { forecastEnd } from './schedule';
import { timerStateSchema } from './schema';
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
  timerStatus,
  type TimerState,
} from './timer';
import { cueKey, readTimer } from './timerReading';

const T0 = Date.UTC(2026, 2, 10, 8, 0);
/** Gaps between timestamps: from nothing up to 20 minutes, in ms. */
const gap = fc.integer({ min: 0, max: 20 * MINUTE_MS });

describe('timer properties', () => {
  it('remaining = planned + extension − running time, for any pauses, resumes, extensions and reads', () => {
    const op = fc.record({
      kind: fc.constantFrom('pause', 'resume', 'extend', 'read'),
      minutes: fc.constantFrom(1, 5, -1),
      gap,
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const agenda = agendaTemplate('meeting1');
        const planned = 15 * MINUTE_MS;
        let timer = startTimer(idleTimer(), agenda, T0);
        let now = T0;
        // The model: running time summed from the intervals while running; the extension
        // follows the rule "cutting stops where remaining reaches zero".
        let running = 0;
        let isRunning = true;
        let extension = 0;
        for (const { kind, minutes, gap } of ops) {
          now += gap;
          if (isRunning) running += gap;
          if (kind === 'pause') {
            timer = pauseTimer(timer, now);
            isRunning = false;
          } else if (kind === 'resume') {
            timer = resumeTimer(timer, now);
            isRunning = true;
          } else if (kind === 'extend') {
            timer = extendStep(timer, agenda, minutes, now);
            const total = planned + extension;
            const wanted = total + minutes * MINUTE_MS;
            extension =
              (minutes > 0 ? wanted : Math.max(wanted, Math.min(total, running))) - planned;
          }
          const reading = readTimer(timer, agenda, now)!;
          expect(reading.elapsedMs).toBe(running);
          expect(reading.extensionMs).toBe(extension);
          expect(reading.remainingMs).toBe(planned + extension - running);
          expect(reading.isOverrun).toBe(reading.remainingMs <= 0);
          expect(reading.stepIndex).toBe(0); // time alone never moves to the next step
        }
      }),
    );
  });

  it('reading never changes the state', () => {
    fc.assert(
      fc.property(fc.array(timerOp, { maxLength: 30 }), gap, (ops, later) => {
        const agenda = agendaTemplate('meeting1');
        const { timer, now } = runOps(idleTimer(), agenda, ops);
        const before = structuredClone(timer);
        deepFreeze(timer);
        readTimer(timer, agenda, now + later);
        cueKey(timer, agenda, now + later);
        forecastEnd(timer, agenda, now + later);
        expect(timer).toEqual(before);
      }),
    );
  });

  it('stays valid under any sequence of timer operations and agenda changes', () => {
    const anyOp = fc.oneof(timerOp, agendaOp);
    fc.assert(
      fc.property(
        fc.constantFrom('meeting1', 'meeting2' as const),
        fc.array(anyOp, { maxLength: 60 }),
        (meeting, ops) => {
          let agenda = agendaTemplate(meeting);
          let timer = idleTimer();
          let now = T0;
          let breaks = 0;
          for (const op of ops) {
            now += op.gap;
            if (op.kind === 'agenda') {
              const ids = agenda.steps.map((s) => s.id);
              const target = ids[op.pick % Math.max(1, ids.length)] ?? 'none';
              agenda = changeAgenda(agenda, op.change, target, op.pick, `break-${breaks++}`);
            } else {
              timer = applyTimerOp(timer, agenda, op, now);
            }
            expectValid(timer, agenda, now);
          }
        },
      ),
    );
  });
});

type TimerOp = { kind: 'timer'; op: string; stepPick: number; minutes: number; gap: number };
type AgendaOp = { kind: 'agenda'; change: string; pick: number; gap: number };

const timerOp: fc.Arbitrary<TimerOp> = fc.record({
  kind: fc.constant('timer' as const),
  op: fc.constantFrom(
    'start',
    'pause',
    'resume',
    'extend',
    'next',
    'previous',
    'jump',
    'restart',
    'finish',
  ),
  stepPick: fc.nat(10),
  minutes: fc.constantFrom(1, 5, -1, -5),
  gap,
});

const agendaOp: fc.Arbitrary<AgendaOp> = fc.record({
  kind: fc.constant('agenda' as const),
  change: fc.constantFrom('skip', 'unskip', 'remove', 'addBreak', 'move', 'minutes'),
  pick: fc.nat(10),
  gap,
});

function applyTimerOp(timer: TimerState, agenda: Agenda, op: TimerOp, now: number): TimerState {
  switch (op.op) {
    case 'start':
      return startTimer(timer, agenda, now);
    case 'pause':
      return pauseTimer(timer, now);
    case 'resume':
      return resumeTimer(timer, now);
    case 'extend':
      return extendStep(timer, agenda, op.minutes, now);
    case 'next':
      return nextStep(timer, agenda, now);
    case 'previous':
      return previousStep(timer, agenda, now);
    case 'jump':
      return jumpToStep(timer, agenda, agenda.steps[op.stepPick]?.id ?? 'none', now);
    case 'restart':
      return restartStep(timer, agenda, now);
    default:
      return finishMeeting(timer, agenda, now);
  }
}

/** The agenda after a random change; a refused change leaves it as it was, as in the app. */
function changeAgenda(
  agenda: Agenda,
  change: string,
  stepId: string,
  pick: number,
  breakId: string,
): Agenda {
  const next = agendaChange(agenda, change, stepId, pick, breakId);
  return isRejection(next) ? agenda : next;
}

function agendaChange(
  agenda: Agenda,
  change: string,
  stepId: string,
  pick: number,
  breakId: string,
): Agenda | AgendaRejection {
  switch (change) {
    case 'skip':
      return setStepSkipped(agenda, stepId, true);
    case 'unskip':
      return setStepSkipped(agenda, stepId, false);
    case 'remove':
      // Also removes the method's own steps, which the UI never does, to test robustness.
      return removeStep(
        {
          ...agenda,
          steps: agenda.steps.map((s) => (s.id === stepId ? { ...s, added: true } : s)),
        },
        stepId,
      );
    case 'addBreak':
      return addBreak(agenda, {
        stepId: breakId,
        minutes: 1 + pick,
        atIndex: Math.min(pick, agenda.steps.length),
      });
    case 'move':
      return moveStep(agenda, stepId, Math.min(pick, agenda.steps.length - 1));
    default:
      return setStepMinutes(agenda, stepId, 1 + pick);
  }
}

function runOps(timer: TimerState, agenda: Agenda, ops: TimerOp[]) {
  let now = T0;
  for (const op of ops) {
    now += op.gap;
    timer = applyTimerOp(timer, agenda, op, now);
  }
  return { timer, now };
}

function expectValid(timer: TimerState, agenda: Agenda, now: number) {
  expect(timerStateSchema.safeParse(timer).success).toBe(true);
  const status = timerStatus(timer);
  if (status === 'paused') expect(timer.pausedAt).not.toBeNull();
  if (status === 'running') expect(timer.pausedAt).toBeNull();
  const reading = readTimer(timer, agenda, now);
  if (activeSteps(agenda).length === 0) {
    expect(reading).toBeNull();
    expect(forecastEnd(timer, agenda, now)).toBe(status === 'finished' ? timer.finishedAt : null);
    return;
  }
  expect(reading).not.toBeNull();
  const r = reading!;
  expect(r.stepIndex).toBeGreaterThanOrEqual(0);
  expect(r.stepIndex).toBeLessThan(r.stepCount);
  expect(r.stepId).toBe(activeSteps(agenda)[r.stepIndex]!.id);
  expect(r.elapsedMs).toBeGreaterThanOrEqual(0);
  expect(r.totalMs).toBeGreaterThanOrEqual(0);
  expect(Number.isFinite(r.remainingMs)).toBe(true);
  expect(r.remainingMs).toBe(r.totalMs - r.elapsedMs);
  if (r.subRound) {
    expect(r.subRound.round).toBeGreaterThanOrEqual(1);
    expect(r.subRound.round).toBeLessThanOrEqual(r.subRound.rounds);
    expect(Number.isFinite(r.subRound.remainingMs)).toBe(true);
  }
  expect(Number.isFinite(forecastEnd(timer, agenda, now))).toBe(true);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
