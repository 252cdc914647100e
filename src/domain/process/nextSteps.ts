import type { ApvProcess } from '../document';
import { absencePercentage } from '../absence/absence';
import { MEETING_IDS } from '../preparation/meetingPlan';
import { PREPARATION_QUESTION_IDS } from '../preparation/preparation';
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
export type PhaseTodo = PreparationTodo | 'markDone' | 'start' | 'none';

export function nextTodo(doc: ApvProcess, phase: PhaseId): PhaseTodo {
  const status = doc.phases[phase];
  if (status === 'done') return 'none';
  if (phase === 'preparation') return preparationTodos(doc)[0] ?? 'markDone';
  return status === 'notStarted' ? 'start' : 'markDone';
}
