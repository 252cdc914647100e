import { activeSteps, MINUTE_MS, type Agenda } from './agenda';
import { currentStep, elapsedMs, stepTotalMs, timerStatus, type TimerState } from './timer';

export interface ScheduledStep {
  stepId: string;
  /** Epoch ms. */
  startsAt: number;
  endsAt: number;
}

/** The planned clock time of every step that runs, for a meeting starting at `start` (epoch ms). */
export function plannedSchedule(agenda: Agenda, start: number): ScheduledStep[] {
  let at = start;
  return activeSteps(agenda).map((step) => {
    const startsAt = at;
    at += step.minutes * MINUTE_MS;
    return { stepId: step.id, startsAt, endsAt: at };
  });
}

/**
 * When the meeting will end (epoch ms), from actual progress: the current step takes at
 * least its planned time (plus extension) and each later step its planned time, less any
 * time it already ran. Without pauses this equals start + actual time of earlier steps +
 * max(elapsed, planned) of the current one + planned time of the rest; counting from `now`
 * also keeps it right across pauses. Null when the agenda has nothing to run.
 */
export function forecastEnd(state: TimerState, agenda: Agenda, now: number): number | null {
  const status = timerStatus(state);
  if (status === 'finished') return state.finishedAt;
  const current = currentStep(state, agenda);
  if (!current) return null;
  const later = current.steps.slice(current.index + 1);
  const currentLeft = Math.max(0, stepTotalMs(state, current.step) - elapsedMs(state, now));
  const laterLeft = later.reduce(
    (sum, step) => sum + Math.max(0, stepTotalMs(state, step) - (state.actualMs[step.id] ?? 0)),
    0,
  );
  return now + currentLeft + laterLeft;
}
