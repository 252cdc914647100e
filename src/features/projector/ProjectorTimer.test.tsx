import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jumpToStep, startTimer } from '../../domain/agenda/timer';
import { setInterviewTurns } from '../../domain/agenda/customise';
import { emptyMeetingRun, type MeetingRun } from '../../domain/agenda/section';
import { useAppStore } from '../../store/store';
import { agendaDa } from '../../i18n/da/agenda';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { ProjectorTimer } from './ProjectorTimer';

const NOW = Date.parse('2027-02-09T13:00:00+01:00');

/** Meeting 2 running, on the step with the given id. */
function runAt(stepId: string): MeetingRun {
  const run = emptyMeetingRun('meeting2');
  const started = startTimer(run.timer, run.agenda, NOW);
  return { ...run, timer: jumpToStep(started, run.agenda, stepId, NOW) };
}

describe('ProjectorTimer', () => {
  it('meeting 2, step 2: shows each heading with its prompts, and the shared one once', () => {
    seedProcess();
    renderWithStore(<ProjectorTimer meeting="meeting2" run={runAt('m2-action')} now={NOW} />, 'p1');
    expect(screen.getByTestId('projector-step')).toHaveTextContent(
      agendaDa.steps['m2-action'].title,
    );
    for (const id of ['m2h-we', 'm2h-leader', 'm2h-partners'] as const) {
      const block = screen.getByTestId(`projector-heading-${id}`);
      const prompts = agendaDa.headingPrompts[id];
      expect(within(block).getByRole('heading', { level: 2 })).toHaveTextContent(
        agendaDa.questions[id],
      );
      for (const text of [prompts.think, prompts.act, prompts.contribute]) {
        expect(within(block).getByText(text)).toBeInTheDocument();
      }
    }
    expect(screen.getAllByText(agendaDa.headingPrompts['m2h-we'].start)).toHaveLength(1);
  });

  it('other steps show their questions as a plain list, without heading prompts', () => {
    seedProcess();
    renderWithStore(
      <ProjectorTimer meeting="meeting2" run={runAt('m2-priority')} now={NOW} />,
      'p1',
    );
    expect(screen.queryByTestId('projector-heading-m2h-we')).toBeNull();
    const questions = screen.getByRole('region', { name: 'Spørgsmål' });
    expect(within(questions).getByText(agendaDa.questions['m2r-surprise'])).toBeInTheDocument();
  });

  describe('meeting 1 with 34 people: 10 groups of 3 and 1 of 4', () => {
    /** Meeting 1's interview with 4 turns, `minutes` into the step. */
    function interviewAt(minutes: number) {
      const process = seedProcess();
      useAppStore.setState({
        processes: {
          p1: { ...process, people: { ...process.people, participants: 34 } },
        },
      });
      const run = emptyMeetingRun('meeting1');
      const agenda = setInterviewTurns(run.agenda, 'm1-interview', 4);
      if (typeof agenda === 'string') throw new Error(agenda);
      const started = startTimer(run.timer, agenda, NOW);
      const timer = jumpToStep(started, agenda, 'm1-interview', NOW);
      renderWithStore(
        <ProjectorTimer
          meeting="meeting1"
          run={{ ...run, agenda, timer }}
          now={NOW + minutes * 60_000}
        />,
        'p1',
      );
    }

    it('shows each group size its own turn', () => {
      interviewAt(0);
      expect(screen.getByTestId('rotation-size-3')).toHaveTextContent(
        'Grupper på 3: 1 → 2, 3 tager noter',
      );
      expect(screen.getByTestId('rotation-size-4')).toHaveTextContent(
        'Grupper på 4: 1 → 2, 3 og 4 tager noter',
      );
    });

    it('in turn 4, the groups of 3 write up while person 4 interviews person 1', () => {
      interviewAt(15);
      expect(screen.getByTestId('projector-round')).toHaveTextContent('runde 4 af 4');
      expect(screen.getByTestId('rotation-size-3')).toHaveTextContent(
        'Grupper på 3: færdige – skriv svarene op',
      );
      expect(screen.getByTestId('rotation-size-4')).toHaveTextContent(
        'Grupper på 4: 4 → 1, 2 og 3 tager noter',
      );
    });
  });
});
