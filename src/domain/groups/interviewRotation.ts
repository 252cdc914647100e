import type { GroupSplit } from './splitIntoGroups';

/** One interview round; people are named by their 1-based number within the group. */
export interface InterviewRound {
  round: number;
  interviewer: number;
  interviewee: number;
  /** Everyone else in the group. Empty in a pair: there the interviewer notes the answers. */
  noteTakers: number[];
}

/** The method plans three rounds (groups of 3) of 5 minutes each. */
export const PLANNED_INTERVIEW_ROUNDS = 3;
export const INTERVIEW_MINUTES_PER_ROUND = 5;

/** Largest group we list a rotation for; splits never make interview groups above 5. */
export const MAX_ROTATION_GROUP_SIZE = 12;

/**
 * The rounds of an interview group of `size` people: in round r, number r interviews the
 * next number (the last interviews number 1) and the others take notes. So a group of 3
 * runs 1→2, 2→3, 3→1 and a group of 4 runs 1→2, 2→3, 3→4, 4→1. A group of 1 has no
 * rounds; sizes that are not whole numbers from 1 to MAX_ROTATION_GROUP_SIZE have none either.
 */
export function interviewRounds(size: number): InterviewRound[] {
  if (!Number.isInteger(size) || size < 2 || size > MAX_ROTATION_GROUP_SIZE) return [];
  const numbers = Array.from({ length: size }, (_, i) => i + 1);
  return numbers.map((interviewer) => {
    const interviewee = (interviewer % size) + 1;
    return {
      round: interviewer,
      interviewer,
      interviewee,
      noteTakers: numbers.filter((n) => n !== interviewer && n !== interviewee),
    };
  });
}

/**
 * The rotation that covers every group of a split: that of its largest group. Smaller
 * groups of the same split follow interviewRounds(their size) and finish earlier.
 */
export function roundsForSplit(split: Pick<GroupSplit, 'sizes'>): InterviewRound[] {
  return interviewRounds(split.sizes.reduce((largest, size) => Math.max(largest, size), 0));
}

/** What the groups of one size do in one interview turn. */
export interface SizeTurn {
  size: number;
  /** Their round in this turn; null once their own rotation is done (they write up). */
  round: InterviewRound | null;
}

/**
 * Turn `turn` (1-based) of an interview step with `turns` turns, per group size of the split,
 * smallest first. Each size runs its own rotation, interviewRounds(size), one round per turn,
 * so groups of 3 do 1→2, 2→3, 3→1 while a group of 4 also does 4→1 in turn 4; a size whose
 * rotation ends before the step's turns has no round in the turns after. Sizes without a
 * rotation (a lone person) are left out.
 */
export function rotationInTurn(
  split: Pick<GroupSplit, 'sizeCounts'>,
  turns: number,
  turn: number,
): SizeTurn[] {
  return split.sizeCounts
    .map(({ size }) => size)
    .filter((size) => interviewRounds(size).length > 0)
    .sort((a, b) => a - b)
    .map((size) => ({ size, round: (turn <= turns && interviewRounds(size)[turn - 1]) || null }));
}

/**
 * Minutes that `rounds` interview rounds take beyond the planned three, e.g. 4 rounds of
 * 5 minutes: +5. Zero when there are no more rounds than planned, or for nonsense input
 * (a count that is not a whole number, a negative or non-finite length).
 */
export function extraInterviewMinutes(
  rounds: number,
  minutesPerRound: number = INTERVIEW_MINUTES_PER_ROUND,
): number {
  if (!Number.isInteger(rounds) || !Number.isFinite(minutesPerRound) || minutesPerRound < 0) {
    return 0;
  }
  return Math.max(0, rounds - PLANNED_INTERVIEW_ROUNDS) * minutesPerRound;
}
