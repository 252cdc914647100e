import { MAX_AGENDA_STEPS, stepMinutesProblem, type Agenda, type AgendaStep } from './agenda';
import type { QuestionId } from './ids';
import { INTERVIEW_TURN_MINUTES, interviewSubRounds } from './templates';

/*
 * Per-process changes to an agenda. Each returns the SAME agenda when the change is
 * invalid or changes nothing, so callers can tell "rejected" by reference.
 */

export const MIN_INTERVIEW_TURNS = 2;
/** Matches the largest group the interview rotation covers (src/domain/groups). */
export const MAX_INTERVIEW_TURNS = 12;
const MAX_ID_LENGTH = 100;

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

function updateStep(
  agenda: Agenda,
  stepId: string,
  change: (step: AgendaStep) => AgendaStep,
): Agenda {
  const index = agenda.steps.findIndex((s) => s.id === stepId);
  const current = agenda.steps[index];
  if (!current) return agenda;
  const next = change(current);
  if (next === current) return agenda;
  return { ...agenda, steps: agenda.steps.map((s) => (s === current ? next : s)) };
}

export function setStepMinutes(agenda: Agenda, stepId: string, minutes: number): Agenda {
  if (stepMinutesProblem(minutes) !== null) return agenda;
  return updateStep(agenda, stepId, (s) => (s.minutes === minutes ? s : { ...s, minutes }));
}

/** Moves a step to position `toIndex` of the whole list (skipped steps included). */
export function moveStep(agenda: Agenda, stepId: string, toIndex: number): Agenda {
  const from = agenda.steps.findIndex((s) => s.id === stepId);
  const moving = agenda.steps[from];
  if (!moving || !Number.isInteger(toIndex) || toIndex < 0 || toIndex >= agenda.steps.length) {
    return agenda;
  }
  if (from === toIndex) return agenda;
  const rest = agenda.steps.filter((s) => s !== moving);
  return { ...agenda, steps: insertAt(rest, toIndex, moving) };
}

export function setStepSkipped(agenda: Agenda, stepId: string, skipped: boolean): Agenda {
  return updateStep(agenda, stepId, (s) => (s.skipped === skipped ? s : { ...s, skipped }));
}

/** Inserts a break of `minutes` at position `atIndex` (0 = first, steps.length = last). */
export function addBreak(
  agenda: Agenda,
  add: { stepId: string; minutes: number; atIndex: number },
): Agenda {
  const { stepId, minutes, atIndex } = add;
  const fits =
    stepId.length > 0 &&
    stepId.length <= MAX_ID_LENGTH &&
    !agenda.steps.some((s) => s.id === stepId) &&
    agenda.steps.length < MAX_AGENDA_STEPS &&
    stepMinutesProblem(minutes) === null &&
    Number.isInteger(atIndex) &&
    atIndex >= 0 &&
    atIndex <= agenda.steps.length;
  if (!fits) return agenda;
  const pause: AgendaStep = {
    id: stepId,
    kind: 'break',
    minutes,
    subRounds: [],
    grouping: null,
    questionIds: [],
    shownQuestionIds: [],
    skipped: false,
    added: true,
  };
  return { ...agenda, steps: insertAt(agenda.steps, atIndex, pause) };
}

/** Removes a step the meeting leader added; the method's own steps can only be skipped. */
export function removeStep(agenda: Agenda, stepId: string): Agenda {
  const step = agenda.steps.find((s) => s.id === stepId);
  if (!step?.added) return agenda;
  return { ...agenda, steps: agenda.steps.filter((s) => s !== step) };
}

/** Chooses the questions the room sees: at least one, all from the step's bank, no repeats. */
export function chooseQuestions(
  agenda: Agenda,
  stepId: string,
  questionIds: readonly QuestionId[],
): Agenda {
  return updateStep(agenda, stepId, (s) => {
    const chosen = new Set(questionIds);
    const valid =
      chosen.size > 0 &&
      chosen.size === questionIds.length &&
      questionIds.every((q) => s.questionIds.includes(q));
    if (!valid) return s;
    const shownQuestionIds = s.questionIds.filter((q) => chosen.has(q));
    const same =
      shownQuestionIds.length === s.shownQuestionIds.length &&
      shownQuestionIds.every((q, i) => s.shownQuestionIds[i] === q);
    return same ? s : { ...s, shownQuestionIds };
  });
}

/**
 * Sets the number of interview turns (one per group member: 4 in groups of 4). The step
 * grows or shrinks by one turn's minutes per turn, so the write-up keeps its time.
 */
export function setInterviewTurns(agenda: Agenda, stepId: string, turns: number): Agenda {
  if (!Number.isInteger(turns) || turns < MIN_INTERVIEW_TURNS || turns > MAX_INTERVIEW_TURNS) {
    return agenda;
  }
  return updateStep(agenda, stepId, (s) => {
    const current = interviewTurns(s);
    if (current === 0 || current === turns) return s;
    const minutes = s.minutes + (turns - current) * INTERVIEW_TURN_MINUTES;
    if (stepMinutesProblem(minutes) !== null) return s;
    return { ...s, minutes, subRounds: interviewSubRounds(turns) };
  });
}

/** How many interview turns a step has (0 for steps that are not interviews). */
export function interviewTurns(step: AgendaStep): number {
  return step.subRounds.filter((r) => r.kind === 'interviewTurn').length;
}
