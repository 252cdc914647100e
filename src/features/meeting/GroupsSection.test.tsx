import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { useAppStore } from '../../store/store';
import { GroupsSection } from './GroupsSection';

function Groups() {
  const run = useAppStore((s) => s.processes.p1!.meetingRuns.meeting1);
  return <GroupsSection meeting="meeting1" run={run} />;
}

function setup(participants: number | null) {
  seedProcess();
  if (participants !== null) {
    useAppStore.getState().eventRecorded('p1', { type: 'participantsSet', count: participants });
  }
  const user = userEvent.setup();
  renderWithStore(<Groups />, 'p1');
  return user;
}

describe('groups for meeting 1', () => {
  it('says so when the number of participants is unknown', () => {
    setup(null);
    expect(screen.getByTestId('groups-room-message')).toHaveTextContent(
      'Antallet af deltagere kendes ikke',
    );
  });

  it('explains one or two participants', () => {
    setup(1);
    expect(screen.getByTestId('groups-room-message')).toHaveTextContent('Med én deltager');
    expect(screen.queryByTestId('split-m1-interview')).not.toBeInTheDocument();
  });

  it('lets two people interview each other in two turns', async () => {
    const user = setup(2);
    expect(screen.getByTestId('groups-room-message')).toHaveTextContent('Med to deltagere');
    expect(screen.getByTestId('split-m1-interview')).toHaveTextContent('1 gruppe på 2');
    await user.click(screen.getByRole('button', { name: 'Sæt interviewet til 2 runder' }));
    expect(currentProcess().meetingRuns.meeting1.agenda.steps[1]!.minutes).toBe(20);
  });

  it('splits 13 people and offers 4 interview turns for the group of 4', async () => {
    const user = setup(13);
    expect(screen.getByTestId('split-m1-interview')).toHaveTextContent(
      '1 gruppe på 4, 3 grupper på 3. Tæl fra 1 til 4 rundt i lokalet.',
    );
    expect(screen.getByTestId('split-m1-brainstorm')).toHaveTextContent(
      '1 gruppe på 7, 1 gruppe på 6.',
    );
    expect(screen.getByTestId('rotation-notice')).toHaveTextContent(
      'de største har brug for 4 runder (5 minutter ekstra)',
    );
    // Not one rotation for everyone: the groups of 3 keep the method's three rounds.
    expect(screen.getByTestId('rotation-plan-3')).toHaveTextContent(
      'Grupper på 3 (3 runder): 1 → 2, 3 tager noter · 2 → 3, 1 tager noter · 3 → 1, 2 tager noter',
    );
    expect(screen.getByTestId('rotation-plan-4')).toHaveTextContent(
      'Grupper på 4 (4 runder): 1 → 2, 3 og 4 tager noter · 2 → 3, 1 og 4 tager noter · 3 → 4, 1 og 2 tager noter · 4 → 1, 2 og 3 tager noter',
    );
    await user.click(screen.getByRole('button', { name: 'Sæt interviewet til 4 runder' }));
    const step = currentProcess().meetingRuns.meeting1.agenda.steps[1]!;
    expect(step.minutes).toBe(30);
    expect(step.subRounds.filter((r) => r.kind === 'interviewTurn')).toHaveLength(4);
    expect(screen.getByTestId('rotation-notice')).toHaveTextContent('Interviewet har 4 runder');
  });

  it('uses the count of people present once it is recorded', () => {
    seedProcess();
    const { eventRecorded } = useAppStore.getState();
    eventRecorded('p1', { type: 'participantsSet', count: 30 });
    eventRecorded('p1', { type: 'attendanceRecorded', meeting: 'meeting1', present: 9 });
    renderWithStore(<Groups />, 'p1');
    expect(screen.getByText('Regnet ud fra de 9 fremmødte.')).toBeInTheDocument();
    expect(screen.getByTestId('split-m1-interview')).toHaveTextContent('3 grupper på 3');
    expect(screen.queryByTestId('rotation-notice')).not.toBeInTheDocument();
  });
});
