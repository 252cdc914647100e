import { stepMinutesProblem, type StepMinutesProblem } from '../../domain/agenda/agenda';

/** Reads a typed step length: whole minutes 1..240, or why not ("abc" is not whole minutes). */
export function parseMinutes(
  draft: string,
): { minutes: number; problem: null } | { minutes: null; problem: StepMinutesProblem } {
  const text = draft.trim();
  if (!/^[-−]?\d+$/.test(text)) return { minutes: null, problem: 'notWhole' };
  const minutes = Number(text.replace('−', '-'));
  const problem = stepMinutesProblem(minutes);
  return problem ? { minutes: null, problem } : { minutes, problem: null };
}
