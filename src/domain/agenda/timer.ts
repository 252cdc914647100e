import { activeSteps, MINUTE_MS, type Agenda, type AgendaStep } from './agenda';

/**
 * The meeting timer as timestamps (epoch ms), never a ticking counter: what the screen
 * shows is derived from `now`, so a reload or a sleeping laptop loses nothing.
 * Every operation takes `now` and returns the SAME state when it does not apply.
 */
export interface TimerState {
  /** The step on screen; null before anyone chose one (= the first step that runs). */
  stepId: string | null;
  /** When the current visit to the step began; null until the meeting is started. */
  stepStartedAt: number | null;
  /** Time the step had already run on earlier visits (going back resumes, not restarts). */
  carriedMs: number;
  /** Paused time within the current visit. */
  pausedMs: number;
  pausedAt: number | null;
  finishedAt: number | null;
  /** Extra (or, if negative, less) time per step id. */
  extensionMs: Record<string, number>;
  /** Time each step had run when it was last left, by step id. */
  actualMs: Record<string, number>;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

/** Bound on a step's total extension, so that stored data stays sane. */
export const MAX_EXTENSION_MS = 240 * MINUTE_MS;
/** One press of an extend button moves the time by at most this many minutes. */
export const MAX_EXTEND_MINUTES = 60;

export function idleTimer(): TimerState {
  return {
    stepId: null,
    stepStartedAt: null,
    carriedMs: 0,
    pausedMs: 0,
    pausedAt: null,
    finishedAt: null,
    extensionMs: {},
    actualMs: {},
  };
}

export function timerStatus(state: TimerState): TimerStatus {
  if (state.finishedAt !== null) return 'finished';
  if (state.stepStartedAt === null) return 'idle';
  return state.pausedAt === null ? 'running' : 'paused';
}

/**
 * The current step among the steps that run. A step id that is no longer there (removed
 * or skipped meanwhile) falls back to the first step, whose clock then continues.
 */
export function currentStep(
  state: TimerState,
  agenda: Agenda,
): { index: number; step: AgendaStep; steps: AgendaStep[] } | null {
  const steps = activeSteps(agenda);
  const found = steps.findIndex((s) => s.id === state.stepId);
  const index = found >= 0 ? found : 0;
  const step = steps[index];
  return step ? { index, step, steps } : null;
}

/** How long the current step has run, pauses excluded. */
export function elapsedMs(state: TimerState, now: number): number {
  const status = timerStatus(state);
  if (status === 'idle' || state.stepStartedAt === null) return 0;
  if (status === 'finished') return state.actualMs[state.stepId ?? ''] ?? 0;
  const until = state.pausedAt ?? now;
  return state.carriedMs + Math.max(0, until - state.stepStartedAt - state.pausedMs);
}

/** Planned time of a step plus its extension, never below zero. */
export function stepTotalMs(state: TimerState, step: AgendaStep): number {
  return Math.max(0, step.minutes * MINUTE_MS + (state.extensionMs[step.id] ?? 0));
}

export function startTimer(state: TimerState, agenda: Agenda, now: number): TimerState {
  const current = currentStep(state, agenda);
  if (timerStatus(state) !== 'idle' || !current) return state;
  return enter(state, current.step, now, false);
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (timerStatus(state) !== 'running') return state;
  return { ...state, pausedAt: now };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (timerStatus(state) !== 'paused' || state.pausedAt === null) return state;
  return { ...state, pausedMs: state.pausedMs + Math.max(0, now - state.pausedAt), pausedAt: null };
}

/**
 * Gives the current step `minutes` more (or, if negative, fewer) minutes. Cutting time stops
 * where the remaining time reaches zero; it never takes back time already run.
 */
export function extendStep(
  state: TimerState,
  agenda: Agenda,
  minutes: number,
  now: number,
): TimerState {
  const current = currentStep(state, agenda);
  const valid =
    Number.isInteger(minutes) && minutes !== 0 && Math.abs(minutes) <= MAX_EXTEND_MINUTES;
  if (!valid || !current || timerStatus(state) === 'finished') return state;
  const { step } = current;
  const planned = step.minutes * MINUTE_MS;
  const total = stepTotalMs(state, step);
  const wanted = total + minutes * MINUTE_MS;
  const floor = Math.min(total, elapsedMs(state, now));
  const nextTotal = Math.min(Math.max(wanted, floor), planned + MAX_EXTENSION_MS);
  if (nextTotal === total) return state;
  return {
    ...state,
    stepId: step.id,
    extensionMs: { ...state.extensionMs, [step.id]: nextTotal - planned },
  };
}

export function nextStep(state: TimerState, agenda: Agenda, now: number): TimerState {
  const current = currentStep(state, agenda);
  const target = current?.steps[current.index + 1];
  return target ? moveTo(state, agenda, target, now) : state;
}

export function previousStep(state: TimerState, agenda: Agenda, now: number): TimerState {
  const current = currentStep(state, agenda);
  const target = current && current.index > 0 ? current.steps[current.index - 1] : undefined;
  return target ? moveTo(state, agenda, target, now) : state;
}

export function jumpToStep(
  state: TimerState,
  agenda: Agenda,
  stepId: string,
  now: number,
): TimerState {
  const target = activeSteps(agenda).find((s) => s.id === stepId);
  return target ? moveTo(state, agenda, target, now) : state;
}

/** Starts the current step's clock over, without its extension. */
export function restartStep(state: TimerState, agenda: Agenda, now: number): TimerState {
  const current = currentStep(state, agenda);
  const status = timerStatus(state);
  if (!current || (status !== 'running' && status !== 'paused')) return state;
  const { [current.step.id]: _dropped, ...extensionMs } = state.extensionMs;
  return {
    ...state,
    stepId: current.step.id,
    stepStartedAt: now,
    carriedMs: 0,
    pausedMs: 0,
    pausedAt: status === 'paused' ? now : null,
    extensionMs,
  };
}

export function finishMeeting(state: TimerState, agenda: Agenda, now: number): TimerState {
  const current = currentStep(state, agenda);
  const status = timerStatus(state);
  if (!current || (status !== 'running' && status !== 'paused')) return state;
  return {
    ...leave(state, current.step, now),
    stepId: current.step.id,
    pausedAt: null,
    finishedAt: now,
  };
}

function moveTo(state: TimerState, agenda: Agenda, target: AgendaStep, now: number): TimerState {
  const current = currentStep(state, agenda);
  const status = timerStatus(state);
  if (status === 'finished' || !current || current.step.id === target.id) return state;
  // Before the start, moving only chooses the step to begin with.
  if (status === 'idle') return { ...state, stepId: target.id };
  return enter(leave(state, current.step, now), target, now, status === 'paused');
}

function leave(state: TimerState, step: AgendaStep, now: number): TimerState {
  return { ...state, actualMs: { ...state.actualMs, [step.id]: elapsedMs(state, now) } };
}

function enter(state: TimerState, step: AgendaStep, now: number, paused: boolean): TimerState {
  return {
    ...state,
    stepId: step.id,
    stepStartedAt: now,
    carriedMs: state.actualMs[step.id] ?? 0,
    pausedMs: 0,
    pausedAt: paused ? now : null,
  };
}
