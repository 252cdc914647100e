import type { ApvProcess } from '../document';
import { absencePercentage } from '../absence/absence';
import { MEETING_IDS } from '../preparation/meetingPlan';
import { PREPARATION_QUESTION_IDS } from '../preparation/preparation';
import { processPhases } from './derivedPhases';
import type { PhaseId } from './phases';

/** What is still missing in the preparation, in the order the AMG would naturally do it. */
export type PreparationTodo =
  | 'answerQuestions'
  | 'checkSuitability'
  | 'countParticipants'
  | 'appointLeader'
  | 'planMeetings'
  | 'absenceBaseline';

export function preparationTodos(doc: ApvProcess): PreparationTodo[] {
  const todos: PreparationTodo[] = [];
  if (PREPARATION_QUESTION_IDS.some((q) => doc.preparation.answers[q].trim() === '')) {
    todos.push('answerQuestions');
  }
  if (doc.preparation.seriousProblems === 'unanswered') todos.push('checkSuitability');
  if (doc.people.participants === null) todos.push('countParticipants');
  if (doc.people.moedeleder.trim() === '') todos.push('appointLeader');
  if (MEETING_IDS.some((m) => doc.meetings[m] === '')) todos.push('planMeetings');
  if (absencePercentage(doc.absence.baseline) === null) todos.push('absenceBaseline');
  return todos;
}

/** The next thing to do in a phase, as an id the UI turns into words. */
export type PhaseTodo =
  | PreparationTodo
  | 'startMeeting1'
  | 'finishMeeting1'
  | 'holdAssessment'
  | 'startMeeting2'
  | 'finishMeeting2'
  | 'approvePlan'
  | 'followUp'
  | 'none';

/** What moves each phase on once it is under way (the preparation lists its own gaps first). */
const PHASE_TODO: Record<PhaseId, { notStarted: PhaseTodo; inProgress: PhaseTodo }> = {
  preparation: { notStarted: 'startMeeting1', inProgress: 'startMeeting1' },
  meeting1: { notStarted: 'startMeeting1', inProgress: 'finishMeeting1' },
  assessment: { notStarted: 'holdAssessment', inProgress: 'holdAssessment' },
  meeting2: { notStarted: 'startMeeting2', inProgress: 'finishMeeting2' },
  plan: { notStarted: 'approvePlan', inProgress: 'approvePlan' },
  followup: { notStarted: 'followUp', inProgress: 'followUp' },
};

export function nextTodo(doc: ApvProcess, phase: PhaseId): PhaseTodo {
  const status = processPhases(doc)[phase];
  if (status === 'done') return 'none';
  if (phase === 'preparation') return preparationTodos(doc)[0] ?? 'startMeeting1';
  return PHASE_TODO[phase][status];
}
