import type { Grouping, MeetingKey, QuestionId, StepKind, SubRoundKind } from './ids';

/** A timed part of a step. The last sub-round of a step takes whatever time the step has left. */
export interface SubRound {
  kind: SubRoundKind;
  minutes: number;
}

export interface AgendaStep {
  /** Stable id: a TemplateStepId for the method's steps, a caller-made id for added breaks. */
  id: string;
  kind: StepKind;
  /** Planned whole minutes, 1..MAX_STEP_MINUTES. */
  minutes: number;
  subRounds: SubRound[];
  grouping: Grouping | null;
  /** The step's question bank, in the method's order. */
  questionIds: QuestionId[];
  /** The questions the room sees: a subset of questionIds, in bank order. */
  shownQuestionIds: QuestionId[];
  skipped: boolean;
  /** Added by the meeting leader (a break): only these can be removed. */
  added: boolean;
}

export interface Agenda {
  meeting: MeetingKey;
  steps: AgendaStep[];
}

export const MIN_STEP_MINUTES = 1;
export const MAX_STEP_MINUTES = 240;
/** Room for the template's steps plus plenty of breaks. */
export const MAX_AGENDA_STEPS = 40;

export const MINUTE_MS = 60_000;

/** The steps the meeting runs through, in order: everything not skipped. */
export function activeSteps(agenda: Agenda): AgendaStep[] {
  return agenda.steps.filter((step) => !step.skipped);
}

/** Why an agenda cannot be run, or null when it can. */
export type AgendaProblem = 'empty' | 'allSkipped';

export function agendaProblem(agenda: Agenda): AgendaProblem | null {
  if (agenda.steps.length === 0) return 'empty';
  if (activeSteps(agenda).length === 0) return 'allSkipped';
  return null;
}

/** Planned minutes of the steps that will run. */
export function plannedMinutes(agenda: Agenda): number {
  return activeSteps(agenda).reduce((sum, step) => sum + step.minutes, 0);
}

export type StepMinutesProblem = 'notWhole' | 'tooFew' | 'tooMany';

/** Why `minutes` cannot be a step's length, or null when it can. */
export function stepMinutesProblem(minutes: number): StepMinutesProblem | null {
  if (!Number.isInteger(minutes)) return 'notWhole';
  if (minutes < MIN_STEP_MINUTES) return 'tooFew';
  if (minutes > MAX_STEP_MINUTES) return 'tooMany';
  return null;
}
