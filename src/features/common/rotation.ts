import type { AgendaStep } from '../../domain/agenda/agenda';
import { interviewTurns } from '../../domain/agenda/customise';
import type { SubRoundReading } from '../../domain/agenda/timerReading';
import {
  interviewRounds,
  rotationInTurn,
  type InterviewRound,
  type SizeTurn,
} from '../../domain/groups/interviewRotation';
import type { GroupSplit } from '../../domain/groups/splitIntoGroups';

/**
 * Who interviews whom in the current interview turn: one line when every group has as many
 * people as the step has turns (or the groups are not known), else one line per group size.
 */
export type CurrentRotation =
  { kind: 'one'; round: InterviewRound } | { kind: 'perSize'; lines: SizeTurn[] };

/**
 * The current turn's rotation, from the step's turns and the interview groups (null when
 * the groups are not known). Controller and projector agree from the document alone.
 */
export function currentRotation(
  step: AgendaStep,
  subRound: SubRoundReading | null,
  split: Pick<GroupSplit, 'sizeCounts'> | null,
): CurrentRotation | null {
  if (subRound?.kind !== 'interviewTurn') return null;
  const turns = interviewTurns(step);
  if (!split) {
    const round = interviewRounds(turns)[subRound.round - 1];
    return round ? { kind: 'one', round } : null;
  }
  const lines = rotationInTurn(split, turns, subRound.round);
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only?.round && only.size === turns) return { kind: 'one', round: only.round };
  return lines.length > 0 ? { kind: 'perSize', lines } : null;
}
