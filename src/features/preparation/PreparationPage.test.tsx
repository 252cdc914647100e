import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { PreparationPage } from './PreparationPage';

function setup() {
  seedProcess();
  const user = userEvent.setup();
  renderWithStore(<PreparationPage />, 'p1');
  return user;
}

describe('PreparationPage', () => {
  it('saves an answer when the field loses focus', async () => {
    const user = setup();
    await user.type(screen.getByLabelText(/Hvad håber I at få ud af/), 'Mere arbejdsglæde');
    await user.tab();
    expect(currentProcess().preparation.answers.purpose).toBe('Mere arbejdsglæde');
  });

  it('shows a message for an invalid participant count and does not store it', async () => {
    const user = setup();
    const field = screen.getByLabelText('Antal deltagere i dialogmøderne');
    for (const bad of ['0', '2,5', '-3', 'mange']) {
      await user.clear(field);
      await user.type(field, `${bad}{Enter}`);
      expect(await screen.findByText('Skriv et helt tal på 1 eller mere.')).toBeInTheDocument();
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(currentProcess().people.participants).toBeNull();
    }
    await user.clear(field);
    await user.type(field, '34{Enter}');
    expect(currentProcess().people.participants).toBe(34);
    expect(screen.queryByText('Skriv et helt tal på 1 eller mere.')).not.toBeInTheDocument();
  });

  it('says plainly when the method is less suited, and names alternatives', async () => {
    const user = setup();
    expect(screen.queryByTestId('suitability-warning')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    const warning = screen.getByTestId('suitability-warning');
    expect(warning).toHaveTextContent(/ekstern konsulent/);
    expect(warning).toHaveTextContent(/spørgeskema/);
    expect(currentProcess().preparation.seriousProblems).toBe('yes');
    await user.click(screen.getByRole('radio', { name: 'Nej' }));
    expect(screen.queryByTestId('suitability-warning')).not.toBeInTheDocument();
  });

  it('suggests meeting assistants for a large group', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Antal deltagere i dialogmøderne'), '60{Enter}');
    expect(screen.getByText(/foreslår vi 2 mødeassistenter/)).toBeInTheDocument();
  });

  it('computes the absence percentage, and only with planned workdays above 0', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Tabte arbejdsdage på grund af sygdom'), '412{Enter}');
    expect(screen.queryByTestId('absence-percentage')).not.toBeInTheDocument();
    const planned = screen.getByLabelText('Planlagte arbejdsdage i perioden');
    await user.type(planned, '0{Enter}');
    expect(screen.getByText('Skriv et helt tal på 1 eller mere.')).toBeInTheDocument();
    expect(screen.queryByTestId('absence-percentage')).not.toBeInTheDocument();
    await user.clear(planned);
    await user.type(planned, '7480{Enter}');
    expect(screen.getByTestId('absence-percentage')).toHaveTextContent('5,5 %');
  });

  it('warns when the dialogue meetings are not 3–4 weeks apart', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('1. dialogmøde'), '2027-01-12T13:00{Enter}');
    await user.type(screen.getByLabelText('2. dialogmøde'), '2027-01-19T13:00{Enter}');
    expect(screen.getByText(/kun 7 dage mellem dialogmøderne/)).toBeInTheDocument();
  });

  it('adds departments and people with the keyboard', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Tilføj afdeling' }));
    await user.type(screen.getByLabelText('Afdelingens navn'), 'Vuggestuen{Enter}');
    const headcount = screen.getByLabelText('Antal personer');
    await user.clear(headcount);
    await user.type(headcount, '12{Enter}');
    expect(currentProcess().people.departments).toMatchObject([
      { name: 'Vuggestuen', headcount: 12 },
    ]);
  });
});
