import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { AbsenceFollowUp } from './AbsenceFollowUp';
import { seedPlan, send } from './followupSeed.testHelper';

/** The plan starts 1 March 2027; the baseline is 412 of 7,480 days = 5.5 %. */
function seedWithBaseline() {
  seedPlan();
  send({
    type: 'absenceBaselineChanged',
    patch: { from: '2026-01-01', to: '2026-12-31', plannedWorkdays: 7480, daysLost: 412 },
  });
}

type User = ReturnType<typeof userEvent.setup>;

async function measure(user: User, from: string, to: string, planned: string, lost: string) {
  const section = screen.getByRole('region', { name: 'Sygefravær efter planens start' });
  const fill = async (label: string, value: string) => {
    const input = within(section).getByLabelText(label);
    await user.clear(input);
    if (value !== '') await user.type(input, value);
  };
  await fill('Periode fra', from);
  await fill('Periode til', to);
  await fill('Planlagte arbejdsdage', planned);
  await fill('Tabte arbejdsdage', lost);
  await user.click(within(section).getByRole('button', { name: 'Gem måling' }));
}

const bodyRows = () =>
  within(screen.getByTestId('absence-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .slice(0, 2)
        .map((c) => c.textContent),
    ]);

describe('AbsenceFollowUp', () => {
  it('shows a measurement after the plan started with its percentage and the difference in points', async () => {
    seedWithBaseline();
    const user = userEvent.setup();
    renderWithStore(<AbsenceFollowUp />, 'p1');
    expect(bodyRows()).toEqual([['Udgangspunkt: 1. jan. 2026 – 31. dec. 2026', '5,5 %', '']]);
    expect(screen.getByText('Ingen målinger efter udgangspunktet endnu.')).toBeInTheDocument();

    await measure(user, '2027-03-01', '2027-08-31', '3720', '181');

    expect(currentProcess().followUp.absenceMeasurements).toEqual([
      expect.objectContaining({
        figures: { from: '2027-03-01', to: '2027-08-31', plannedWorkdays: 3720, daysLost: 181 },
      }),
    ]);
    expect(bodyRows()).toEqual([
      ['Udgangspunkt: 1. jan. 2026 – 31. dec. 2026', '5,5 %', ''],
      ['1. mar. 2027 – 31. aug. 2027', '4,9 %', '−0,6 procentpoint'],
    ]);
    expect(screen.queryByText(/Perioden begyndte før planen/)).not.toBeInTheDocument();
    expect(
      screen.queryByText('Ingen målinger efter udgangspunktet endnu.'),
    ).not.toBeInTheDocument();
    // The form is emptied for the next measurement.
    expect(screen.getByLabelText('Planlagte arbejdsdage')).toHaveValue('');

    // A second, higher measurement: a plus sign; rows in period order.
    await measure(user, '2027-09-01', '2027-12-31', '2500', '150');
    expect(bodyRows()).toEqual([
      ['Udgangspunkt: 1. jan. 2026 – 31. dec. 2026', '5,5 %', ''],
      ['1. mar. 2027 – 31. aug. 2027', '4,9 %', '−0,6 procentpoint'],
      ['1. sep. 2027 – 31. dec. 2027', '6,0 %', '+0,5 procentpoint'],
    ]);

    await user.click(
      screen.getByRole('button', { name: 'Fjern målingen 1. sep. 2027 – 31. dec. 2027' }),
    );
    expect(currentProcess().followUp.absenceMeasurements).toHaveLength(1);
    expect(bodyRows()).toHaveLength(2);
  });

  it('marks a measurement that began before the plan started', async () => {
    seedWithBaseline();
    const user = userEvent.setup();
    renderWithStore(<AbsenceFollowUp />, 'p1');
    await measure(user, '2027-01-01', '2027-06-30', '3700', '190');
    const row = within(screen.getByTestId('absence-table')).getAllByRole('row')[2]!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      '1. jan. 2027 – 30. jun. 2027 (Perioden begyndte før planen)',
    );
  });

  it('names and describes the chart for screen readers', async () => {
    seedWithBaseline();
    const user = userEvent.setup();
    renderWithStore(<AbsenceFollowUp />, 'p1');
    await measure(user, '2027-03-01', '2027-08-31', '3720', '181');
    const chart = screen.getByRole('img', { name: /^Fraværsprocent over tid/ });
    expect(chart).toHaveAccessibleName(
      'Fraværsprocent over tid Søjlediagram over fraværsprocenten: ' +
        'Udgangspunkt: 5,5 %; 1. mar. 2027 – 31. aug. 2027: 4,9 %.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    // The bars are labelled with their periods, not numbered.
    expect([...chart.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      '5,5 %',
      'Udgangspunkt',
      '4,9 %',
      'mar. 2027 –aug. 2027',
    ]);
  });

  it('has no chart while nothing is known', () => {
    seedProcess();
    renderWithStore(<AbsenceFollowUp />, 'p1');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(bodyRows()).toEqual([['Udgangspunkt: … – …', 'ukendt', '']]);
  });

  it('shows the percentage without a difference when the baseline is unknown', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<AbsenceFollowUp />, 'p1');
    await measure(user, '2027-03-01', '2027-08-31', '3720', '181');
    expect(bodyRows()[1]).toEqual(['1. mar. 2027 – 31. aug. 2027', '4,9 %', '']);
  });

  const incomplete = 'Udfyld hele perioden, de planlagte arbejdsdage (over 0) og de tabte dage.';
  it.each([
    [
      'a period that ends before it begins',
      '2027-08-31',
      '2027-03-01',
      '3720',
      '181',
      'Periodens slutdato ligger før startdatoen.',
    ],
    ['no planned workdays', '2027-03-01', '2027-08-31', '0', '0', incomplete],
    ['a number that is not whole', '2027-03-01', '2027-08-31', '3720', '18,5', incomplete],
    ['a missing date', '', '2027-08-31', '3720', '181', incomplete],
    [
      'more days lost than planned',
      '2027-03-01',
      '2027-08-31',
      '100',
      '250',
      'Der kan ikke være flere tabte dage end planlagte arbejdsdage.',
    ],
  ])('refuses %s with a Danish message', async (_, from, to, planned, lost, message) => {
    seedWithBaseline();
    const user = userEvent.setup();
    renderWithStore(<AbsenceFollowUp />, 'p1');
    await measure(user, from, to, planned, lost);
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(currentProcess().followUp.absenceMeasurements).toEqual([]);
    expect(bodyRows()).toHaveLength(1);
  });
});
