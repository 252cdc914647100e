import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { useAppStore } from '../../store/store';
import { AgendaSettings } from './AgendaSettings';

function Settings() {
  const run = useAppStore((s) => s.processes.p1!.meetingRuns.meeting1);
  return <AgendaSettings meeting="meeting1" run={run} />;
}

function setup() {
  seedProcess();
  const user = userEvent.setup();
  renderWithStore(<Settings />, 'p1');
  return user;
}

const agenda = () => currentProcess().meetingRuns.meeting1.agenda;
const ids = () => agenda().steps.map((s) => s.id);
const minutesOf = (id: string) => agenda().steps.find((s) => s.id === id)!.minutes;

describe('agenda settings', () => {
  it('accepts whole minutes from 1 to 240 and explains in Danish what is wrong', async () => {
    const user = setup();
    const field = screen.getByLabelText('Minutter: Fælles intro');
    const cases: [string, string][] = [
      ['0', 'Et punkt skal vare mindst 1 minut.'],
      ['-3', 'Et punkt skal vare mindst 1 minut.'],
      ['241', 'Et punkt kan højst vare 240 minutter.'],
      ['abc', 'Skriv et helt antal minutter.'],
      ['2,5', 'Skriv et helt antal minutter.'],
    ];
    for (const [bad, message] of cases) {
      await user.clear(field);
      await user.type(field, `${bad}{Enter}`);
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(minutesOf('m1-intro')).toBe(15);
    }
    await user.clear(field);
    await user.type(field, '20{Enter}');
    expect(minutesOf('m1-intro')).toBe(20);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Planlagt i alt: 120 min')).toBeInTheDocument();
  });

  it('reorders with buttons and keeps the focus on the moved step', async () => {
    const user = setup();
    const down = screen.getByRole('button', { name: 'Flyt ned: Fælles intro' });
    expect(screen.getByRole('button', { name: 'Flyt op: Fælles intro' })).toBeDisabled();
    await user.click(down);
    expect(ids().slice(0, 2)).toEqual(['m1-interview', 'm1-intro']);
    expect(screen.getByRole('button', { name: 'Flyt ned: Fælles intro' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(ids().slice(0, 3)).toEqual(['m1-interview', 'm1-brainstorm', 'm1-intro']);
    await user.click(screen.getByRole('button', { name: 'Flyt op: Fælles intro' }));
    expect(ids()[1]).toBe('m1-intro');
  });

  it('skips and takes back a step, adds a break and removes it again', async () => {
    const user = setup();
    await user.click(
      screen.getByRole('button', { name: 'Spring over: Brainstorm i 6-mandsgrupper' }),
    );
    expect(agenda().steps.find((s) => s.id === 'm1-brainstorm')!.skipped).toBe(true);
    expect(screen.getByText('Planlagt i alt: 85 min')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Tag med igen: Brainstorm i 6-mandsgrupper' }),
    );
    expect(agenda().steps.find((s) => s.id === 'm1-brainstorm')!.skipped).toBe(false);

    const minutes = screen.getByLabelText('Pausens minutter');
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(screen.getByRole('button', { name: 'Tilføj pause' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Et punkt skal vare mindst 1 minut.');
    expect(agenda().steps).toHaveLength(5);

    await user.clear(minutes);
    await user.type(minutes, '10');
    await user.selectOptions(
      screen.getByLabelText('Efter punktet'),
      '2. Interview i 3-mandsgrupper',
    );
    await user.click(screen.getByRole('button', { name: 'Tilføj pause' }));
    expect(agenda().steps[2]).toMatchObject({ kind: 'break', minutes: 10, added: true });
    expect(screen.getByRole('status')).toHaveTextContent('Pause er lagt ind.');

    await user.click(screen.getByRole('button', { name: 'Fjern: Pause' }));
    expect(agenda().steps.some((s) => s.kind === 'break')).toBe(false);
  });

  it('keeps at least one question shown, and resets to the template after asking', async () => {
    const user = setup();
    const legend = screen.getByRole('group', {
      name: 'Spørgsmål, rummet ser: Interview i 3-mandsgrupper',
    });
    const boxes = within(legend).getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(2);
    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    expect(within(legend).getByText('Vælg mindst ét spørgsmål.')).toBeInTheDocument();
    expect(agenda().steps[1]!.shownQuestionIds).toEqual(['m1q-collaboration']);
    await user.click(boxes[3]!);
    expect(agenda().steps[1]!.shownQuestionIds).toEqual(['m1q-collaboration', 'm1q-mostPositive']);

    await user.click(screen.getByRole('button', { name: 'Nulstil til metodens dagsorden' }));
    await user.click(screen.getByRole('button', { name: 'Ja, nulstil' }));
    expect(agenda().steps[1]!.shownQuestionIds).toEqual(['m1q-energy', 'm1q-collaboration']);
  });

  it('will not skip, remove or reset the step that is running', async () => {
    const user = setup();
    useAppStore.getState().eventRecorded('p1', {
      type: 'timerStarted',
      meeting: 'meeting1',
      at: Date.now(),
    });
    const skip = await screen.findByRole('button', { name: 'Spring over: Fælles intro' });
    expect(skip).toBeDisabled();
    expect(skip).toHaveAccessibleDescription(/Punktet er i gang/);
    expect(screen.getByRole('button', { name: 'Nulstil til metodens dagsorden' })).toBeDisabled();
    expect(screen.getByText('Dagsordenen kan ikke nulstilles, mens mødet kører.')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Spring over: Brainstorm i 6-mandsgrupper' }),
    );
    expect(agenda().steps[2]!.skipped).toBe(true);
  });
});
