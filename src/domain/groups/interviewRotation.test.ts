import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  extraInterviewMinutes,
  interviewRounds,
  MAX_ROTATION_GROUP_SIZE,
  roundsForSplit,
  rotationInTurn,
  type InterviewRound,
} from './interviewRotation';
import { splitIntoGroups } from './splitIntoGroups';

describe('interviewRounds', () => {
  it('gives a group of 3 the method’s three rounds', () => {
    expect(interviewRounds(3)).toEqual([
      { round: 1, interviewer: 1, interviewee: 2, noteTakers: [3] },
      { round: 2, interviewer: 2, interviewee: 3, noteTakers: [1] },
      { round: 3, interviewer: 3, interviewee: 1, noteTakers: [2] },
    ]);
  });

  it('gives a group of 4 four turns, the other two taking notes', () => {
    expect(interviewRounds(4)).toEqual([
      { round: 1, interviewer: 1, interviewee: 2, noteTakers: [3, 4] },
      { round: 2, interviewer: 2, interviewee: 3, noteTakers: [1, 4] },
      { round: 3, interviewer: 3, interviewee: 4, noteTakers: [1, 2] },
      { round: 4, interviewer: 4, interviewee: 1, noteTakers: [2, 3] },
    ]);
  });

  it('lets a pair interview each other, and gives a lone person no rounds', () => {
    expect(interviewRounds(2)).toEqual([
      { round: 1, interviewer: 1, interviewee: 2, noteTakers: [] },
      { round: 2, interviewer: 2, interviewee: 1, noteTakers: [] },
    ]);
    expect(interviewRounds(1)).toEqual([]);
  });

  it('gives no rounds for sizes that are not a group', () => {
    for (const size of [0, -3, 2.5, Number.NaN, MAX_ROTATION_GROUP_SIZE + 1]) {
      expect(interviewRounds(size)).toEqual([]);
    }
  });

  it('has everyone interview once and be interviewed once, the rest taking notes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: MAX_ROTATION_GROUP_SIZE }), (size) => {
        const rounds = interviewRounds(size);
        const everyone = Array.from({ length: size }, (_, i) => i + 1);
        expect(rounds).toHaveLength(size);
        expect(rounds.map((r) => r.interviewer).sort((a, b) => a - b)).toEqual(everyone);
        expect(rounds.map((r) => r.interviewee).sort((a, b) => a - b)).toEqual(everyone);
        for (const r of rounds) {
          expect(r.interviewer).not.toBe(r.interviewee);
          const inRound = [r.interviewer, r.interviewee, ...r.noteTakers].sort((a, b) => a - b);
          expect(inRound).toEqual(everyone);
        }
      }),
    );
  });
});

describe('roundsForSplit', () => {
  it('covers the largest group of the split', () => {
    const mixed = splitIntoGroups('interview3', 10);
    const even = splitIntoGroups('interview3', 9);
    if (!mixed.ok || !even.ok) throw new Error('expected splits');
    expect(roundsForSplit(mixed.split)).toEqual(interviewRounds(4));
    expect(roundsForSplit(even.split)).toEqual(interviewRounds(3));
  });
});

describe('rotationInTurn', () => {
  const split34 = () => {
    const result = splitIntoGroups('interview3', 34);
    if (!result.ok) throw new Error('expected a split');
    return result.split;
  };

  it('gives 34 people (10 groups of 3, 1 of 4) one rotation per group size', () => {
    const split = split34();
    expect(split.sizeCounts).toEqual([
      { size: 4, groups: 1 },
      { size: 3, groups: 10 },
    ]);
    const turn = (n: number) => rotationInTurn(split, 4, n);
    expect(turn(1)).toEqual([
      { size: 3, round: interviewRounds(3)[0] },
      { size: 4, round: interviewRounds(4)[0] },
    ]);
    expect(turn(3).map((line) => line.round)).toEqual([
      { round: 3, interviewer: 3, interviewee: 1, noteTakers: [2] },
      { round: 3, interviewer: 3, interviewee: 4, noteTakers: [1, 2] },
    ]);
    // Turn 4: the groups of 3 are done and write up; person 4 interviews person 1.
    expect(turn(4).map((line) => line.round)).toEqual([
      null,
      { round: 4, interviewer: 4, interviewee: 1, noteTakers: [2, 3] },
    ]);
    expect(turn(5).every((line) => line.round === null)).toBe(true);
  });

  it('leaves out a lone person, who has no rotation', () => {
    expect(rotationInTurn({ sizeCounts: [{ size: 1, groups: 1 }] }, 3, 1)).toEqual([]);
  });

  /** Each size's rounds over turns 1..turns, checked against the method's rules. */
  function expectFullRotation(size: number, rounds: InterviewRound[]): void {
    const everyone = Array.from({ length: size }, (_, i) => i + 1);
    const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
    expect(sorted(rounds.map((r) => r.interviewer))).toEqual(everyone);
    expect(sorted(rounds.map((r) => r.interviewee))).toEqual(everyone);
    if (size >= 3) {
      for (const person of everyone) {
        expect(rounds.some((r) => r.noteTakers.includes(person))).toBe(true);
      }
    }
  }

  it('has everyone in a group of 2–5 interview once, be interviewed once and take notes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (size, spareTurns, groups) => {
          const turns = size + spareTurns;
          const split = { sizeCounts: [{ size, groups }] };
          const rounds = Array.from({ length: turns }, (_, i) =>
            rotationInTurn(split, turns, i + 1),
          )
            .map((lines) => lines[0]!.round)
            .filter((round) => round !== null);
          expect(rounds).toHaveLength(size);
          expectFullRotation(size, rounds);
        },
      ),
    );
  });

  it('gives every group of every interview split for 2–300 people its full rotation', () => {
    for (let people = 2; people <= 300; people++) {
      const result = splitIntoGroups('interview3', people);
      if (!result.ok) throw new Error(`expected a split of ${people}`);
      const { split } = result;
      expect(Math.min(...split.sizes)).toBeGreaterThanOrEqual(2);
      const turns = roundsForSplit(split).length;
      const perTurn = Array.from({ length: turns }, (_, i) => rotationInTurn(split, turns, i + 1));
      for (const { size } of split.sizeCounts) {
        const rounds = perTurn
          .map((lines) => lines.find((line) => line.size === size))
          .map((line) => line?.round ?? null)
          .filter((round) => round !== null);
        expectFullRotation(size, rounds);
      }
    }
  });
});

describe('extraInterviewMinutes', () => {
  it('is the minutes that rounds beyond the planned three cost', () => {
    expect(extraInterviewMinutes(4, 5)).toBe(5);
    expect(extraInterviewMinutes(4)).toBe(5);
    expect(extraInterviewMinutes(5, 5)).toBe(10);
    expect(extraInterviewMinutes(4, 6)).toBe(6);
    expect(extraInterviewMinutes(3, 5)).toBe(0);
    expect(extraInterviewMinutes(2, 5)).toBe(0);
    expect(extraInterviewMinutes(0, 5)).toBe(0);
  });

  it('is zero for nonsense input', () => {
    expect(extraInterviewMinutes(4, -5)).toBe(0);
    expect(extraInterviewMinutes(4, Number.NaN)).toBe(0);
    expect(extraInterviewMinutes(Number.POSITIVE_INFINITY, 5)).toBe(0);
    expect(extraInterviewMinutes(3.5, 5)).toBe(0);
  });

  it('gives +5 minutes for a split with groups of 4', () => {
    const result = splitIntoGroups('interview3', 13);
    if (!result.ok) throw new Error('expected a split');
    expect(extraInterviewMinutes(roundsForSplit(result.split).length, 5)).toBe(5);
  });
});
