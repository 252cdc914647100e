import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  extraInterviewMinutes,
  interviewRounds,
  MAX_ROTATION_GROUP_SIZE,
  roundsForSplit,
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
