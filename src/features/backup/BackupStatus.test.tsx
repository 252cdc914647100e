import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { clock } from '../../store/clock';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { BackupStatus } from './BackupStatus';
import { ExportAllButton } from './ExportButtons';

vi.mock('../../components/download', () => ({ downloadFile: vi.fn(), fileSlug: String }));

describe('the backup status', () => {
  it('tells that no backup was made, reminds after a week, and shows the backup once made', async () => {
    seedProcess(); // changed in 2026; the test clock is in 2030
    renderWithStore(
      <>
        <BackupStatus />
        <ExportAllButton />
      </>,
    );
    const status = screen.getByTestId('backup-status');
    expect(status).toHaveTextContent('Der er endnu ikke gemt en sikkerhedskopi');
    expect(status).toHaveTextContent('Ændret siden seneste sikkerhedskopi: »Solsikken«.');
    expect(status).toHaveTextContent('Gem en sikkerhedskopi nu');
    expect(status).toHaveTextContent('Browseren fortæller ikke, om den beholder jeres data');

    clock.now = () => new Date('2031-02-03T09:30:00Z');
    fireEvent.click(screen.getByRole('button', { name: 'Gem alle processer i en fil' }));
    expect(useAppStore.getState().backups).toEqual({ p1: '2031-02-03T09:30:00.000Z' });
    expect(status).toHaveTextContent(
      /Seneste sikkerhedskopi fra denne browser: 3\. februar 2031 kl\. \d\d\.30\./,
    );
    expect(status).not.toHaveTextContent('Ændret siden');
    expect(status).not.toHaveTextContent('Gem en sikkerhedskopi nu');
  });
});
