import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentProcess, renderWithStore } from '../../test/renderWithStore';
import { seedWithProposals, send } from '../../test/testSeed.testHelper';
import { ApprovalSection } from './ApprovalSection';

describe('ApprovalSection', () => {
  it('records who approved, with role, position and date, and removes a line', async () => {
    seedWithProposals();
    send({ type: 'planApproved', date: '2027-02-18' });
    const user = userEvent.setup();
    renderWithStore(<ApprovalSection />, 'p1');
    expect(screen.getByText('Ingen er skrevet på endnu.')).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Tilføj godkender' });
    expect(add).toBeDisabled();
    await user.type(screen.getByLabelText('Ny godkenders navn'), 'Mette Kjær');
    await user.click(add);
    await user.type(screen.getByLabelText('Ny godkenders navn'), 'Jens Ågaard{Enter}');
    const second = screen.getByRole('group', { name: 'Godkender 2' });
    await user.selectOptions(within(second).getByLabelText('Rolle'), 'Arbejdsmiljørepræsentant');
    await user.type(within(second).getByLabelText('Stilling'), 'Pædagog');
    await user.tab();
    expect(currentProcess().plan.approvals).toEqual([
      expect.objectContaining({ name: 'Mette Kjær', role: 'management', date: '2027-02-18' }),
      expect.objectContaining({
        name: 'Jens Ågaard',
        role: 'representative',
        title: 'Pædagog',
        date: '2027-02-18',
      }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Fjern godkender 1' }));
    expect(currentProcess().plan.approvals.map((a) => a.name)).toEqual(['Jens Ågaard']);
  });

  it('keeps a name that is cleared, and says a name is needed', async () => {
    seedWithProposals();
    send({
      type: 'approvalSigned',
      id: 'a1',
      name: 'Mette Kjær',
      role: 'management',
      title: '',
      date: '',
    });
    const user = userEvent.setup();
    renderWithStore(<ApprovalSection />, 'p1');
    const group = screen.getByRole('group', { name: 'Godkender 1' });
    await user.clear(within(group).getByLabelText('Navn'));
    await user.tab();
    expect(currentProcess().plan.approvals[0]!.name).toBe('Mette Kjær');
    expect(within(group).getByLabelText('Navn')).toHaveAttribute('aria-invalid', 'true');
  });
});
