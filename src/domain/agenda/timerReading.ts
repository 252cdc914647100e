import { MINUTE_MS, type Agenda, type AgendaStep } from './agenda';
import type { SubRoundKind } from './ids';
import {
  currentStep,
  elapsedMs,
  stepTotalMs,
  timerStatus,
  type TimerState,
  type TimerStatus,
} from './timer';

export interface SubRoundReading {
  index: number;
  kind: SubRoundKind;
  /** Time left in this sub-round; when the step has run out, the step's (negative) remainder. */
  remainingMs: number;
  /** "Round 2 of 3": the place among the step's sub-rounds of the same kind (1-based). */
  round: number;
  rounds: number;
}

export interface TimerReading {
  status: TimerStatus;
  /** Index among the steps that run (skipped ones left out). */
  stepIndex: number;
  stepCount: number;
  stepId: string;
  elapsedMs: number;
  /** Planned time plus extension. */
  totalMs: number;
  extensionMs: number;
  /** Negative when the step runs over. */
  remainingMs: number;
  /** The step's time is up (remaining ≤ 0). The timer never moves on by itself. */
  isOverrun: boolean;
  subRound: SubRoundReading | null;
}

/** What the timer shows at `now`; null when the agenda has no step to run. Reading changes nothing. */
export function readTimer(state: TimerState, agenda: Agenda, now: number): TimerReading | null {
  const current = currentStep(state, agenda);
  if (!current) return null;
  const { step } = current;
  const elapsed = elapsedMs(state, now);
  const total = stepTotalMs(state, step);
  return {
    status: timerStatus(state),
    stepIndex: current.index,
    stepCount: current.steps.length,
    stepId: step.id,
    elapsedMs: elapsed,
    totalMs: total,
    extensionMs: total - step.minutes * MINUTE_MS,
    remainingMs: total - elapsed,
    isOverrun: elapsed >= total,
    subRound: readSubRound(step, total, elapsed),
  };
}

interface Span {
  kind: SubRoundKind;
  start: number;
  end: number;
}

/**
 * Where each sub-round sits within a step of `total` ms. Sub-rounds run their own length;
 * the last one takes what is left, so extensions land there. Rounds that would start
 * after the step's end are dropped.
 */
function subRoundSpans(step: AgendaStep, total: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  step.subRounds.forEach((round, i) => {
    if (i > 0 && start >= total) return;
    const isLast = i === step.subRounds.length - 1;
    const end = isLast ? total : Math.min(total, start + round.minutes * MINUTE_MS);
    spans.push({ kind: round.kind, start, end });
    start += round.minutes * MINUTE_MS;
  });
  // When the step is shorter than its rounds, the last reachable round ends with the step.
  const last = spans.at(-1);
  if (last) last.end = total;
  return spans;
}

function readSubRound(step: AgendaStep, total: number, elapsed: number): SubRoundReading | null {
  const spans = subRoundSpans(step, total);
  if (spans.length === 0) return null;
  const found = spans.findIndex((span) => elapsed < span.end);
  const index = found >= 0 ? found : spans.length - 1;
  const span = spans[index]!;
  const sameKind = step.subRounds.filter((r) => r.kind === span.kind).length;
  const before = spans.slice(0, index).filter((s) => s.kind === span.kind).length;
  return {
    index,
    kind: span.kind,
    remainingMs: span.end - elapsed,
    round: before + 1,
    rounds: sameKind,
  };
}

/**
 * A key that changes exactly when a sub-round or the step's time ends (and when the step
 * changes). Null before the start and after the end. Use shouldChime to decide on a sound.
 */
export function cueKey(state: TimerState, agenda: Agenda, now: number): string | null {
  const reading = readTimer(state, agenda, now);
  if (!reading || reading.status === 'idle' || reading.status === 'finished') return null;
  const step = currentStep(state, agenda)!.step;
  const ends = new Set(subRoundSpans(step, reading.totalMs).map((s) => s.end));
  ends.add(reading.totalMs);
  const passed = [...ends].filter((end) => end <= reading.elapsedMs).length;
  return `${reading.stepId}#${passed}`;
}

/** True when `next` marks one more ended round or step time than `previous`, in the same step. */
export function shouldChime(previous: string | null, next: string | null): boolean {
  if (previous === null || next === null) return false;
  const a = splitKey(previous);
  const b = splitKey(next);
  return a.stepId === b.stepId && b.passed > a.passed;
}

function splitKey(key: string): { stepId: string; passed: number } {
  const at = key.lastIndexOf('#');
  return { stepId: key.slice(0, at), passed: Number(key.slice(at + 1)) };
}
