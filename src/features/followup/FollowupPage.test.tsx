import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../paths';
import { clock } from '../../store/clock';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { FollowupPage } from './FollowupPage';
import { seedPlan } from './followupSeed.testHelper';

const NOW = new Date(2027, 5, 10, 12, 0);

const dueItems = () =>
  within(screen.getByTestId('due-follow-ups'))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('FollowupPage', () => {
  beforeEach(() => {
    vi.spyOn(clock, 'now').mockReturnValue(NOW);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('without initiatives, points to the handleplan but still keeps the log, team, absence and revision', () => {
    seedProcess();
    renderWithStore(<FollowupPage now={NOW} />, 'p1');
    expect(screen.getByRole('heading', { level: 1, name: 'Opfølgning' })).toBeInTheDocument();
    expect(screen.getByText(/Handleplanen har ingen indsatser endnu/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til handleplanen' })).toHaveAttribute(
      'href',
      paths.phase('p1', 'plan'),
    );
    expect(screen.queryByTestId('due-follow-ups')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Indsatsernes status' })).not.toBeInTheDocument();
    for (const heading of [
      'Hvad personalet har fået at vide',
      'Dreamteam og trivselsagenter',
      'Sygefravær efter planens start',
      'Revision af APV’en',
    ]) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
  });

  it('records an effect check, which takes the follow-up off the due list', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<FollowupPage now={NOW} />, 'p1');
    expect(dueItems()).toEqual([
      'Overskredet 1. april 2027 – Opfølgning: Stillerum',
      'Overskredet 1. juni 2027 – Opfølgning: Stillerum',
      'Snart 20. juni 2027 – Opfølgning: Fælles pauser',
    ]);

    const row = screen.getByRole('group', { name: 'Stillerum: Planlagt 1. april 2027' });
    expect(within(row).getByLabelText('Holdt den')).toHaveValue('2027-06-10');
    await user.clear(within(row).getByLabelText('Holdt den'));
    await user.type(within(row).getByLabelText('Holdt den'), '2027-04-03');
    // No answer is chosen beforehand: saving without one records nothing and says why.
    expect(within(row).getByLabelText('Virker det?')).toHaveValue('');
    await user.click(within(row).getByRole('button', { name: 'Gem tjek' }));
    expect(within(row).getByText(/Vælg, om indsatsen virker/)).toBeInTheDocument();
    expect(currentProcess().followUp.checks).toEqual([]);
    await user.selectOptions(within(row).getByLabelText('Virker det?'), 'Delvist');
    await user.type(within(row).getByLabelText('Note'), 'Bruges mest om formiddagen');
    await user.click(within(row).getByRole('button', { name: 'Gem tjek' }));

    expect(currentProcess().followUp.checks).toEqual([
      expect.objectContaining({
        initiativeId: 'i1',
        plannedDate: '2027-04-01',
        heldOn: '2027-04-03',
        verdict: 'partly',
        note: 'Bruges mest om formiddagen',
      }),
    ]);
    expect(row).toHaveTextContent('Holdt 3. april 2027: Delvist – Bruges mest om formiddagen');
    expect(dueItems()).toEqual([
      'Overskredet 1. juni 2027 – Opfølgning: Stillerum',
      'Snart 20. juni 2027 – Opfølgning: Fælles pauser',
    ]);

    // Removing the check puts it back on the list.
    await user.click(within(row).getByRole('button', { name: 'Fjern tjek' }));
    expect(currentProcess().followUp.checks).toEqual([]);
    expect(dueItems()).toHaveLength(3);
  });

  it('drops an initiative from the board: it leaves the effect checks and the due list', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<FollowupPage now={NOW} />, 'p1');
    const control = screen.getByRole('group', { name: 'Status for »Fælles pauser«' });
    await user.selectOptions(within(control).getByLabelText('Status'), 'Droppet');
    await user.type(within(control).getByLabelText('Hvorfor droppes indsatsen?'), 'For dyrt');
    await user.click(within(control).getByRole('button', { name: 'Gem status' }));
    expect(dueItems()).toEqual([
      'Overskredet 1. april 2027 – Opfølgning: Stillerum',
      'Overskredet 1. juni 2027 – Opfølgning: Stillerum',
    ]);
    const checks = screen.getByRole('region', { name: 'Tjek af effekten' });
    expect(within(checks).queryByRole('group', { name: 'Fælles pauser' })).not.toBeInTheDocument();
    expect(within(checks).getByRole('group', { name: 'Stillerum' })).toBeInTheDocument();
  });
});
