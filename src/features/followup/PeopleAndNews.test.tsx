import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../store/clock';
import { currentProcess, renderWithStore } from '../../test/renderWithStore';
import { seedPlan } from './followupSeed.testHelper';
import { StaffLog, TeamSection } from './PeopleAndNews';

const told = () => screen.getByRole('region', { name: 'Hvad personalet har fået at vide' });
const team = () => screen.getByRole('region', { name: 'Dreamteam og trivselsagenter' });

describe('StaffLog', () => {
  beforeEach(() => {
    vi.spyOn(clock, 'now').mockReturnValue(new Date(2027, 3, 2, 12, 0));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('logs what staff were told, when and how, newest first', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StaffLog />, 'p1');
    const section = told();
    expect(within(section).getByText('Intet skrevet i loggen endnu.')).toBeInTheDocument();
    // The date starts as today.
    expect(within(section).getByLabelText('Dato')).toHaveValue('2027-04-02');

    await user.type(within(section).getByLabelText('Hvad blev fortalt?'), 'Stillerummet er åbent');
    await user.clear(within(section).getByLabelText('Dato'));
    await user.type(within(section).getByLabelText('Dato'), '2027-03-15');
    await user.selectOptions(within(section).getByLabelText('Hvordan?'), 'E-mail');
    await user.click(within(section).getByRole('button', { name: 'Gem i loggen' }));

    expect(currentProcess().followUp.communicationLog).toEqual([
      expect.objectContaining({
        what: 'Stillerummet er åbent',
        date: '2027-03-15',
        channel: 'email',
      }),
    ]);
    expect(within(section).getByRole('listitem')).toHaveTextContent(
      '15. marts 2027 (E-mail): Stillerummet er åbent',
    );
    expect(within(section).getByLabelText('Hvad blev fortalt?')).toHaveValue('');
    expect(within(section).queryByText('Intet skrevet i loggen endnu.')).not.toBeInTheDocument();

    // A later entry, on the default channel, goes on top.
    await user.clear(within(section).getByLabelText('Dato'));
    await user.type(within(section).getByLabelText('Dato'), '2027-04-01');
    await user.selectOptions(within(section).getByLabelText('Hvordan?'), 'Personalemøde');
    await user.type(within(section).getByLabelText('Hvad blev fortalt?'), 'Status på pauserne');
    await user.click(within(section).getByRole('button', { name: 'Gem i loggen' }));
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('1. april 2027 (Personalemøde): Status på pauserne'),
      expect.stringContaining('15. marts 2027 (E-mail): Stillerummet er åbent'),
    ]);

    await user.click(
      within(section).getByRole('button', { name: 'Fjern »Status på pauserne« fra loggen' }),
    );
    expect(currentProcess().followUp.communicationLog.map((e) => e.what)).toEqual([
      'Stillerummet er åbent',
    ]);
  });

  it('refuses an empty text', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StaffLog />, 'p1');
    const section = told();
    const add = within(section).getByRole('button', { name: 'Gem i loggen' });
    expect(add).toBeDisabled();
    await user.type(within(section).getByLabelText('Hvad blev fortalt?'), '   ');
    expect(add).toBeDisabled();
    await user.click(add);
    expect(currentProcess().followUp.communicationLog).toEqual([]);
    expect(within(section).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('refuses a missing date with a Danish message', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StaffLog />, 'p1');
    const section = told();
    await user.type(within(section).getByLabelText('Hvad blev fortalt?'), 'Nyt fra AMG');
    await user.clear(within(section).getByLabelText('Dato'));
    await user.click(within(section).getByRole('button', { name: 'Gem i loggen' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Skriv en gyldig dato.');
    expect(currentProcess().followUp.communicationLog).toEqual([]);
    // The text is kept so it can be saved once the date is there.
    expect(within(section).getByLabelText('Hvad blev fortalt?')).toHaveValue('Nyt fra AMG');
    await user.type(within(section).getByLabelText('Dato'), '2027-04-02');
    await user.click(within(section).getByRole('button', { name: 'Gem i loggen' }));
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
    expect(currentProcess().followUp.communicationLog).toHaveLength(1);
  });
});

describe('TeamSection', () => {
  it('adds a dreamteam member with a written role', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<TeamSection />, 'p1');
    const section = team();
    expect(within(section).getByText('Ingen personer endnu.')).toBeInTheDocument();
    const add = within(section).getByRole('button', { name: 'Tilføj person' });
    expect(add).toBeDisabled();

    await user.type(within(section).getByLabelText('Navn'), 'Mette Holm');
    expect(within(section).getByLabelText('Hvad er de?')).toHaveDisplayValue('Dreamteam');
    await user.type(
      within(section).getByLabelText('Rolle'),
      'Samler op på ønskerne og giver besked på personalemøder',
    );
    await user.click(add);

    expect(currentProcess().followUp.team).toEqual([
      expect.objectContaining({
        name: 'Mette Holm',
        kind: 'dreamteam',
        role: 'Samler op på ønskerne og giver besked på personalemøder',
      }),
    ]);
    const member = within(section).getByRole('group', { name: 'Mette Holm' });
    expect(within(member).getByLabelText('Navn')).toHaveValue('Mette Holm');
    expect(within(member).getByLabelText('Hvad er de?')).toHaveDisplayValue('Dreamteam');
    expect(within(member).getByLabelText('Rolle')).toHaveValue(
      'Samler op på ønskerne og giver besked på personalemøder',
    );
    expect(within(section).queryByText('Ingen personer endnu.')).not.toBeInTheDocument();
    // The form is ready for the next person.
    const form = within(section).getAllByLabelText('Navn').at(-1)!;
    expect(form).toHaveValue('');
  });

  it('adds a trivselsagent, changes the role and removes the person', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<TeamSection />, 'p1');
    const section = team();
    await user.type(within(section).getByLabelText('Navn'), 'Ali');
    await user.selectOptions(within(section).getByLabelText('Hvad er de?'), 'Trivselsagent');
    await user.click(within(section).getByRole('button', { name: 'Tilføj person' }));
    expect(currentProcess().followUp.team[0]).toMatchObject({
      name: 'Ali',
      kind: 'trivselsagenter',
      role: '',
    });

    const member = within(section).getByRole('group', { name: 'Ali' });
    await user.type(within(member).getByLabelText('Rolle'), 'Holder øje med pauserne');
    await user.tab();
    expect(currentProcess().followUp.team[0]!.role).toBe('Holder øje med pauserne');

    await user.click(within(member).getByRole('button', { name: 'Fjern Ali' }));
    expect(currentProcess().followUp.team).toEqual([]);
    expect(within(section).getByText('Ingen personer endnu.')).toBeInTheDocument();
  });
});
