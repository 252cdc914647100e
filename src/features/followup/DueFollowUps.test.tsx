import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../paths';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { DueFollowUps } from './DueFollowUps';
import { seedPlan, send } from './followupSeed.testHelper';

// Noon local time, so that "today" is 10 June 2027 in every time zone; due = within 14 days.
const NOW = new Date(2027, 5, 10, 12, 0);

const items = () =>
  within(screen.getByTestId('due-follow-ups'))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('DueFollowUps on the follow-up page', () => {
  it('lists overdue and coming follow-ups and deadlines, earliest first', () => {
    seedPlan();
    // A deadline inside the horizon too.
    send({ type: 'initiativeChanged', id: 'i2', changes: { deadline: '2027-06-24' } });
    renderWithStore(<DueFollowUps now={NOW} onDashboard={false} />, 'p1');
    expect(
      screen.getByRole('heading', { name: 'Opfølgninger og frister, der nærmer sig' }),
    ).toBeInTheDocument();
    expect(items()).toEqual([
      'Overskredet 1. april 2027 – Opfølgning: Stillerum',
      'Overskredet 1. juni 2027 – Opfølgning: Stillerum',
      'Snart 20. juni 2027 – Opfølgning: Fælles pauser',
      'Snart 24. juni 2027 – Frist: Fælles pauser',
    ]);
    // Stillerum's deadline (30 June) is beyond the 14 days.
    expect(screen.queryByText(/Frist: Stillerum/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('leaves out follow-ups already held, deadlines of done work and dropped initiatives', () => {
    seedPlan();
    send(
      {
        type: 'followUpChecked',
        id: 'c1',
        initiativeId: 'i1',
        plannedDate: '2027-04-01',
        heldOn: '2027-04-02',
        verdict: 'partly',
        note: '',
      },
      {
        type: 'statusUpdated',
        id: 's1',
        initiativeId: 'i2',
        status: 'dropped',
        note: 'Ingen plads',
        at: '2027-05-01T10:00:00.000Z',
      },
    );
    renderWithStore(<DueFollowUps now={new Date(2027, 5, 25, 12, 0)} onDashboard={false} />, 'p1');
    expect(items()).toEqual([
      'Overskredet 1. juni 2027 – Opfølgning: Stillerum',
      'Snart 30. juni 2027 – Frist: Stillerum',
    ]);
    act(() =>
      send({
        type: 'statusUpdated',
        id: 's2',
        initiativeId: 'i1',
        status: 'done',
        note: '',
        at: '2027-06-25T10:00:00.000Z',
      }),
    );
    // Done: the deadline no longer matters, but the effect still has to be checked.
    expect(items()).toEqual(['Overskredet 1. juni 2027 – Opfølgning: Stillerum']);
  });

  it('says so when nothing is due in the next 14 days', () => {
    seedPlan();
    renderWithStore(<DueFollowUps now={new Date(2027, 2, 1, 12, 0)} onDashboard={false} />, 'p1');
    expect(screen.getByText('Intet forfalder de næste 14 dage.')).toBeInTheDocument();
    expect(items()).toEqual([]);
  });

  it('shows nothing without initiatives', () => {
    seedProcess();
    renderWithStore(<DueFollowUps now={NOW} onDashboard={false} />, 'p1');
    expect(screen.queryByTestId('due-follow-ups')).not.toBeInTheDocument();
  });
});

describe('DueFollowUps on the dashboard', () => {
  it('shows what waits under its own heading and links to the follow-up page', () => {
    seedPlan();
    renderWithStore(<DueFollowUps now={NOW} />, 'p1');
    const box = screen.getByTestId('due-follow-ups');
    expect(
      within(box).getByRole('heading', { name: 'Opfølgning, der venter' }),
    ).toBeInTheDocument();
    expect(items()).toEqual([
      'Overskredet 1. april 2027 – Opfølgning: Stillerum',
      'Overskredet 1. juni 2027 – Opfølgning: Stillerum',
      'Snart 20. juni 2027 – Opfølgning: Fælles pauser',
    ]);
    expect(within(box).getByRole('link', { name: 'Til opfølgningen' })).toHaveAttribute(
      'href',
      paths.phase('p1', 'followup'),
    );
  });

  it('stays away when nothing is due', () => {
    seedPlan();
    renderWithStore(<DueFollowUps now={new Date(2027, 2, 1, 12, 0)} />, 'p1');
    expect(screen.queryByTestId('due-follow-ups')).not.toBeInTheDocument();
    expect(screen.queryByText('Opfølgning, der venter')).not.toBeInTheDocument();
  });
});
