import type { AgendaStep } from '../../domain/agenda/agenda';
import { interviewTurns } from '../../domain/agenda/customise';
import type { SubRoundReading } from '../../domain/agenda/timerReading';
import { interviewRounds, type InterviewRound } from '../../domain/groups/interviewRotation';

/**
 * Who interviews whom in the current interview turn. The rotation follows the step's number
 * of turns (one per group member), so controller and projector agree from the agenda alone.
 */
export function currentRotation(
  step: AgendaStep,
  subRound: SubRoundReading | null,
): { round: InterviewRound; rounds: number } | null {
  if (subRound?.kind !== 'interviewTurn') return null;
  const turns = interviewTurns(step);
  const round = interviewRounds(turns)[subRound.round - 1];
  return round ? { round, rounds: turns } : null;
}
