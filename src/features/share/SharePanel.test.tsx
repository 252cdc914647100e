import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShareStatus } from '../../domain/sync/shareStatus';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { SharePanel } from './SharePanel';

const status = (edit: string, read: string): ShareStatus => ({
  mode: 'edit',
  connection: 'online',
  refusal: null,
  devices: 2,
  people: [
    { name: 'Bo', editing: 'Mål 1' },
    { name: ' ', editing: null },
  ],
  setAside: 0,
  newerVersion: false,
  links: { edit, read },
});
const shared = (edit: string, read: string) =>
  useAppStore.setState((s) => ({ shares: { ...s.shares, p1: status(edit, read) } }));

const sharing = vi.hoisted(() => ({
  shareProcess: vi.fn(),
  revokeLinks: vi.fn(),
  presenceName: () => 'Anna',
  presenceNameChosen: vi.fn(),
}));
vi.mock('../../store/share/sharing', () => sharing);

beforeEach(() => {
  sharing.shareProcess.mockReset();
  sharing.revokeLinks.mockReset();
});

describe('SharePanel', () => {
  it('shares the process and shows both links as text and QR code, and who is here', async () => {
    seedProcess();
    sharing.shareProcess.mockImplementation(async () =>
      shared('/delt/rediger/a/b/c', '/delt/laes/a/d/c'),
    );
    const user = userEvent.setup();
    renderWithStore(<SharePanel />, 'p1');
    await user.click(screen.getByRole('button', { name: 'Del processen' }));
    expect(sharing.shareProcess).toHaveBeenCalledWith('p1');
    const edit = await screen.findByRole('textbox', { name: 'Link til at redigere' });
    expect(edit).toHaveValue(`${location.href.split('#')[0]}#/delt/rediger/a/b/c`);
    expect(
      (screen.getByRole('textbox', { name: 'Link til at læse' }) as HTMLInputElement).value,
    ).toContain('#/delt/laes/a/d/c');
    expect(screen.getByRole('img', { name: 'QR-kode: Link til at læse' })).toBeInTheDocument();
    expect(screen.getByText('Bo redigerer »Mål 1«')).toBeInTheDocument();
    expect(screen.getByText('En uden navn')).toBeInTheDocument();
  });

  it('says so when the server cannot be reached, and shares nothing', async () => {
    seedProcess();
    sharing.shareProcess.mockRejectedValue(new Error('offline'));
    const user = userEvent.setup();
    renderWithStore(<SharePanel />, 'p1');
    await user.click(screen.getByRole('button', { name: 'Del processen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Serveren kunne ikke nås');
    expect(screen.queryByRole('textbox', { name: 'Link til at redigere' })).toBeNull();
  });

  it('revokes the links only after asking', async () => {
    seedProcess();
    shared('/delt/rediger/a/b/c', '/delt/laes/a/d/c');
    sharing.revokeLinks.mockImplementation(async () =>
      shared('/delt/rediger/n/e/w', '/delt/laes/n/r/w'),
    );
    const user = userEvent.setup();
    renderWithStore(<SharePanel />, 'p1');
    await user.click(screen.getByRole('button', { name: 'Tilbagekald linkene' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuller' }));
    expect(sharing.revokeLinks).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Tilbagekald linkene' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Tilbagekald linkene' }),
    );
    await waitFor(() =>
      expect(screen.getByText('Linkene er tilbagekaldt. Her er de nye.')).toBeInTheDocument(),
    );
    expect(
      (screen.getByRole('textbox', { name: 'Link til at redigere' }) as HTMLInputElement).value,
    ).toContain('/delt/rediger/n/e/w');
  });
});
