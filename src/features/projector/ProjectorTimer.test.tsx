import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jumpToStep, startTimer } from '../../domain/agenda/timer';
import { emptyMeetingRun, type MeetingRun } from '../../domain/agenda/section';
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
    renderWithStore(<ProjectorTimer meeting="meeting2" run={runAt('m2-action')} now={NOW} />);
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
    renderWithStore(<ProjectorTimer meeting="meeting2" run={runAt('m2-priority')} now={NOW} />);
    expect(screen.queryByTestId('projector-heading-m2h-we')).toBeNull();
    const questions = screen.getByRole('region', { name: 'Spørgsmål' });
    expect(within(questions).getByText(agendaDa.questions['m2r-surprise'])).toBeInTheDocument();
  });
});
