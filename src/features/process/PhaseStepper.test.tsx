import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../domain/events';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { PhaseStatusControl } from '../common/PhaseStatusControl';
import { PhaseStepper } from './PhaseStepper';

const send = (...events: ProcessEvent[]) => {
  for (const e of events) useAppStore.getState().eventRecorded('p1', e);
};
const phase = (name: string) => screen.getByRole('link', { name }).closest('li') as HTMLElement;

/** Meeting 1 started and finished on the timer (times well in the past). */
function meeting1Held() {
  const at = Date.parse('2026-01-12T12:00:00Z');
  send({ type: 'timerStarted', meeting: 'meeting1', at });
  send({ type: 'meetingFinished', meeting: 'meeting1', at: at + 85 * 60_000 });
}

describe('PhaseStepper', () => {
  it('follows what happened: meeting 1 done, and the assessment meeting next', () => {
    seedProcess();
    meeting1Held();
    renderWithStore(<PhaseStepper />, 'p1');
    expect(within(phase('1. dialogmøde')).getByText(/^Status:/)).toHaveTextContent(
      'Status: Færdig',
    );
    const assessment = phase('Vurderingsmøde');
    expect(assessment).toHaveAttribute('aria-current', 'step');
    expect(assessment).toHaveTextContent(
      'Næste skridt: Hold vurderingsmødet, og bekræft den renskrevne bruttoliste',
    );
  });
});

describe('PhaseStatusControl', () => {
  it('follows the data until the leader sets a status, which then shows as set by hand', async () => {
    const user = userEvent.setup();
    seedProcess();
    meeting1Held();
    renderWithStore(
      <>
        <PhaseStatusControl phase="meeting1" />
        <PhaseStepper />
      </>,
      'p1',
    );
    const control = screen.getByRole('group', { name: 'Status: 1. dialogmøde' });
    const follow = within(control).getByLabelText('Følg forløbet (nu: Færdig)');
    expect(follow).toBeChecked();
    expect(within(control).queryByRole('status')).not.toBeInTheDocument();

    await user.click(within(control).getByLabelText('I gang'));
    expect(within(control).getByRole('status')).toHaveTextContent(
      'Sat i hånden. Forløbet viser: Færdig.',
    );
    expect(phase('1. dialogmøde')).toHaveTextContent('Status: I gang (sat i hånden) · Aktuel fase');

    await user.click(follow);
    expect(follow).toBeChecked();
    expect(phase('1. dialogmøde')).toHaveTextContent('Status: Færdig');
    expect(phase('1. dialogmøde')).not.toHaveTextContent('sat i hånden');
  });
});
