import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaStep } from '../../domain/agenda/agenda';
import { currentRotation } from '../common/rotation';
import { CueBanner } from './CueBanner';
import type { RoundCue } from './useRoundCue';

const cue: RoundCue = { kind: 'round', stepId: 'm1-interview', at: 0, sounded: true };

/** The turn's rotation for 34 people (ten groups of 3, one of 4) in a step of `turns` turns. */
function rotation(turns: number, turn: number) {
  const step = {
    subRounds: Array.from({ length: turns }, () => ({ kind: 'interviewTurn', minutes: 5 })),
  } as unknown as AgendaStep;
  return currentRotation(
    step,
    { kind: 'interviewTurn', round: turn, rounds: turns, index: turn - 1, remainingMs: 0 },
    {
      sizeCounts: [
        { size: 3, groups: 10 },
        { size: 4, groups: 1 },
      ],
    },
  );
}

describe('the round’s banner on the projector', () => {
  it('tells everyone to swap roles while every group size has a round', () => {
    render(<CueBanner cue={cue} rotation={rotation(4, 2)} />);
    expect(screen.getByTestId('round-cue')).toHaveTextContent('Runden er slut – Byt roller');
  });

  it('in the group of 4’s extra turn, lets the groups of 3 write up instead', () => {
    render(<CueBanner cue={cue} rotation={rotation(4, 4)} />);
    expect(screen.getByTestId('round-cue')).toHaveTextContent(
      'Runden er slut – Grupper på 4: byt roller · grupper på 3: skriv svarene op',
    );
  });

  it('says only that the round is over outside the interviews, and when time is up', () => {
    const { rerender } = render(<CueBanner cue={cue} rotation={null} />);
    expect(screen.getByTestId('round-cue')).toHaveTextContent(/^Runden er slut$/);
    rerender(<CueBanner cue={{ ...cue, kind: 'step' }} rotation={rotation(4, 4)} />);
    expect(screen.getByTestId('round-cue')).toHaveTextContent(/^Tiden er gået$/);
  });
});
