import { MAX_AGENDA_STEPS, stepMinutesProblem, type Agenda, type AgendaStep } from './agenda';
import type { QuestionId } from './ids';
import { INTERVIEW_TURN_MINUTES, interviewSubRounds } from './templates';

/*
 * Per-process changes to an agenda. Each returns the next agenda, the SAME agenda when the
 * change changes nothing, or why it was refused.
 */

/** Why a change to an agenda was refused. */
export type AgendaRejection =
  | 'unknownStep'
  | 'invalidMinutes'
  | 'invalidIndex'
  | 'invalidId'
  | 'duplicateId'
  | 'agendaFull'
  | 'methodStep'
  | 'invalidQuestions'
  | 'invalidTurns'
  | 'notAnInterview';
type Outcome = Agenda | AgendaRejection;

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
  change: (step: AgendaStep) => AgendaStep | AgendaRejection,
): Outcome {
  const current = agenda.steps.find((s) => s.id === stepId);
  if (!current) return 'unknownStep';
  const next = change(current);
  if (typeof next === 'string') return next;
  if (next === current) return agenda;
  return { ...agenda, steps: agenda.steps.map((s) => (s === current ? next : s)) };
}

export function setStepMinutes(agenda: Agenda, stepId: string, minutes: number): Outcome {
  if (stepMinutesProblem(minutes) !== null) return 'invalidMinutes';
  return updateStep(agenda, stepId, (s) => (s.minutes === minutes ? s : { ...s, minutes }));
}

/** Moves a step to position `toIndex` of the whole list (skipped steps included). */
export function moveStep(agenda: Agenda, stepId: string, toIndex: number): Outcome {
  const from = agenda.steps.findIndex((s) => s.id === stepId);
  const moving = agenda.steps[from];
  if (!moving) return 'unknownStep';
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= agenda.steps.length) {
    return 'invalidIndex';
  }
  if (from === toIndex) return agenda;
  const rest = agenda.steps.filter((s) => s !== moving);
  return { ...agenda, steps: insertAt(rest, toIndex, moving) };
}

export function setStepSkipped(agenda: Agenda, stepId: string, skipped: boolean): Outcome {
  return updateStep(agenda, stepId, (s) => (s.skipped === skipped ? s : { ...s, skipped }));
}

/** Inserts a break of `minutes` at position `atIndex` (0 = first, steps.length = last). */
export function addBreak(
  agenda: Agenda,
  add: { stepId: string; minutes: number; atIndex: number },
): Outcome {
  const { stepId, minutes, atIndex } = add;
  if (stepId.length === 0 || stepId.length > MAX_ID_LENGTH) return 'invalidId';
  if (agenda.steps.some((s) => s.id === stepId)) return 'duplicateId';
  if (agenda.steps.length >= MAX_AGENDA_STEPS) return 'agendaFull';
  if (stepMinutesProblem(minutes) !== null) return 'invalidMinutes';
  if (!Number.isInteger(atIndex) || atIndex < 0 || atIndex > agenda.steps.length) {
    return 'invalidIndex';
  }
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
export function removeStep(agenda: Agenda, stepId: string): Outcome {
  const step = agenda.steps.find((s) => s.id === stepId);
  if (!step) return 'unknownStep';
  if (!step.added) return 'methodStep';
  return { ...agenda, steps: agenda.steps.filter((s) => s !== step) };
}

/** Chooses the questions the room sees: at least one, all from the step's bank, no repeats. */
export function chooseQuestions(
  agenda: Agenda,
  stepId: string,
  questionIds: readonly QuestionId[],
): Outcome {
  return updateStep(agenda, stepId, (s) => {
    const chosen = new Set(questionIds);
    const valid =
      chosen.size > 0 &&
      chosen.size === questionIds.length &&
      questionIds.every((q) => s.questionIds.includes(q));
    if (!valid) return 'invalidQuestions';
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
export function setInterviewTurns(agenda: Agenda, stepId: string, turns: number): Outcome {
  if (!Number.isInteger(turns) || turns < MIN_INTERVIEW_TURNS || turns > MAX_INTERVIEW_TURNS) {
    return 'invalidTurns';
  }
  return updateStep(agenda, stepId, (s) => {
    const current = interviewTurns(s);
    if (current === 0) return 'notAnInterview';
    if (current === turns) return s;
    const minutes = s.minutes + (turns - current) * INTERVIEW_TURN_MINUTES;
    if (stepMinutesProblem(minutes) !== null) return 'invalidMinutes';
    return { ...s, minutes, subRounds: interviewSubRounds(turns) };
  });
}

/** How many interview turns a step has (0 for steps that are not interviews). */
export function interviewTurns(step: AgendaStep): number {
  return step.subRounds.filter((r) => r.kind === 'interviewTurn').length;
}
