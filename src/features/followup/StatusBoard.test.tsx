import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clock } from '../../store/clock';
import { currentProcess, renderWithStore } from '../../test/renderWithStore';
import { seedPlan } from './followupSeed.testHelper';
import { StatusBoard } from './StatusBoard';

const control = (title: string) => screen.getByRole('group', { name: `Status for »${title}«` });
const column = (label: string) => screen.getByRole('region', { name: label });
const logTable = () =>
  within(screen.getByRole('region', { name: 'Log over statusændringer' })).getByRole('table');

async function setStatus(
  user: ReturnType<typeof userEvent.setup>,
  title: string,
  status: string,
  note?: string,
) {
  const group = control(title);
  await user.selectOptions(within(group).getByLabelText('Status'), status);
  if (note !== undefined) {
    const noteField = within(group).getByRole('textbox');
    await user.clear(noteField);
    if (note !== '') await user.type(noteField, note);
  }
  await user.click(within(group).getByRole('button', { name: 'Gem status' }));
}

describe('StatusBoard', () => {
  beforeEach(() => {
    // Local time, so that the log's "Hvornår" is the same in every time zone.
    vi.spyOn(clock, 'now').mockReturnValue(new Date(2027, 3, 2, 9, 30));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('puts every initiative in the column of its status and starts with an empty log', () => {
    seedPlan();
    renderWithStore(<StatusBoard />, 'p1');
    expect(
      within(column('Ikke startet')).getByRole('heading', { name: 'Ikke startet (2)' }),
    ).toBeInTheDocument();
    expect(column('Ikke startet')).toHaveTextContent('Stillerum');
    expect(column('Ikke startet')).toHaveTextContent('Fælles pauser');
    expect(within(column('I gang')).getByText('Ingen')).toBeInTheDocument();
    expect(screen.getByText('Ingen statusændringer endnu.')).toBeInTheDocument();
  });

  it('moves an initiative to "I gang" and then "Gennemført", logging each change', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StatusBoard />, 'p1');

    await setStatus(user, 'Stillerum', 'I gang', 'Rummet er ryddet');
    expect(currentProcess().plan.initiatives[0]).toMatchObject({
      status: 'inProgress',
      statusNote: 'Rummet er ryddet',
    });
    expect(currentProcess().followUp.statusLog).toEqual([
      expect.objectContaining({
        initiativeId: 'i1',
        status: 'inProgress',
        note: 'Rummet er ryddet',
      }),
    ]);
    expect(column('I gang')).toHaveTextContent('Stillerum');
    expect(column('I gang')).toHaveTextContent('Rummet er ryddet');
    expect(column('Ikke startet')).not.toHaveTextContent('Stillerum');
    let rows = within(logTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0]!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '2. apr. 2027 09:30',
      'Stillerum',
      'I gang',
      'Rummet er ryddet',
    ]);

    // A note is optional for anything but dropping.
    await setStatus(user, 'Stillerum', 'Gennemført', '');
    expect(currentProcess().plan.initiatives[0]!.status).toBe('done');
    expect(column('Gennemført')).toHaveTextContent('Stillerum');
    rows = within(logTable()).getAllByRole('row').slice(1);
    // Newest first.
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
      'Gennemført',
      'I gang',
    ]);
    expect(currentProcess().followUp.statusLog).toHaveLength(2);
  });

  it('refuses to drop an initiative without a note, in Danish, and changes nothing', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StatusBoard />, 'p1');
    const before = currentProcess();

    const group = control('Fælles pauser');
    await user.selectOptions(within(group).getByLabelText('Status'), 'Droppet');
    // The note's label asks why once "Droppet" is chosen.
    const why = within(group).getByLabelText('Hvorfor droppes indsatsen?');
    await user.type(why, '   ');
    await user.click(within(group).getByRole('button', { name: 'Gem status' }));

    expect(within(group).getByRole('alert')).toHaveTextContent(
      'Skriv hvorfor, når en indsats droppes.',
    );
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(currentProcess()).toBe(before);
    expect(currentProcess().plan.initiatives[1]!.status).toBe('notStarted');
    expect(currentProcess().followUp.statusLog).toEqual([]);
    expect(column('Droppet')).not.toHaveTextContent('Fælles pauser');
    expect(screen.getByText('Ingen statusændringer endnu.')).toBeInTheDocument();

    await user.clear(why);
    await user.type(why, 'Ingen plads i køkkenet');
    await user.click(within(group).getByRole('button', { name: 'Gem status' }));

    expect(currentProcess().plan.initiatives[1]).toMatchObject({
      status: 'dropped',
      statusNote: 'Ingen plads i køkkenet',
    });
    expect(column('Droppet')).toHaveTextContent('Fælles pauser');
    expect(column('Droppet')).toHaveTextContent('Ingen plads i køkkenet');
    const rows = within(logTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Fælles pauser');
    expect(rows[0]).toHaveTextContent('Droppet');
    expect(rows[0]).toHaveTextContent('Ingen plads i køkkenet');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves with Enter in the note field', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StatusBoard />, 'p1');
    const group = control('Stillerum');
    await user.selectOptions(within(group).getByLabelText('Status'), 'I gang');
    await user.type(within(group).getByLabelText('Note til status'), 'Vi er i gang{Enter}');
    expect(currentProcess().plan.initiatives[0]!.status).toBe('inProgress');
    expect(currentProcess().followUp.statusLog).toHaveLength(1);
  });

  // A saved card moves to another column (a new control): the board announces the change.
  it('confirms a status change and keeps the keyboard on the moved card', async () => {
    seedPlan();
    const user = userEvent.setup();
    renderWithStore(<StatusBoard />, 'p1');
    await setStatus(user, 'Stillerum', 'I gang', 'Rummet er ryddet');
    expect(currentProcess().plan.initiatives[0]!.status).toBe('inProgress');
    expect(screen.getByRole('status')).toHaveTextContent('Status for »Stillerum« er gemt: I gang.');
    expect(document.activeElement).toHaveAccessibleName('Status');
    expect(document.activeElement?.closest('[data-card]')).toHaveTextContent('Stillerum');
  });
});

describe('a status chosen without pressing »Gem status«', () => {
  it('is saved when the control is left, and when the page goes, once each', async () => {
    seedPlan();
    const user = userEvent.setup();
    const view = renderWithStore(<StatusBoard />, 'p1');
    const group = control('Stillerum');
    await user.selectOptions(within(group).getByLabelText('Status'), 'I gang');
    await user.click(document.body);
    expect(currentProcess().plan.initiatives[0]!.status).toBe('inProgress');
    expect(currentProcess().followUp.statusLog).toHaveLength(1);
    // Chosen, then the page is left at once: the choice is saved on the way out.
    const other = control('Fælles pauser');
    await user.selectOptions(within(other).getByLabelText('Status'), 'Gennemført');
    view.unmount();
    expect(currentProcess().plan.initiatives[1]!.status).toBe('done');
    expect(currentProcess().followUp.statusLog).toHaveLength(2);
  });
});
