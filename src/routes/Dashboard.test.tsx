import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedPlan, send } from '../features/followup/followupSeed.testHelper';
import { paths } from '../paths';
import { renderWithStore } from '../test/renderWithStore';
import { Dashboard } from './Dashboard';

const NOW = new Date(2027, 5, 10, 12, 0);

const dueItems = () =>
  within(screen.getByTestId('due-follow-ups'))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('Dashboard', () => {
  it('shows the follow-ups that wait, with a link to the follow-up page', () => {
    seedPlan();
    send({ type: 'planApproved', date: '2027-02-20' });
    renderWithStore(<Dashboard now={NOW} />, 'p1');
    const box = screen.getByTestId('due-follow-ups');
    expect(
      within(box).getByRole('heading', { name: 'Opfølgning, der venter' }),
    ).toBeInTheDocument();
    expect(dueItems()).toHaveLength(3);
    expect(within(box).getByRole('link', { name: 'Til opfølgningen' })).toHaveAttribute(
      'href',
      paths.phase('p1', 'followup'),
    );
  });
});
