import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../domain/export/backup';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { ImportForm } from './ImportForm';

const file = (text: string, name = 'backup.json') =>
  new File([text], name, { type: 'application/json' });

async function importText(text: string) {
  const user = userEvent.setup();
  renderWithStore(<ImportForm />);
  await user.upload(screen.getByLabelText('Vælg en sikkerhedskopi (.json)'), file(text));
  return user;
}

describe('ImportForm', () => {
  it.each([
    ['not JSON', '{"app": ', /ikke gyldig JSON/],
    ['not a backup', '{"hello": "world"}', /ikke en sikkerhedskopi fra APV Dialog/],
    ['empty', '', /Filen er tom/],
  ])('refuses a file that is %s, says why and changes nothing', async (_, text, message) => {
    const before = seedProcess();
    await importText(text);
    expect(await screen.findByText(message)).toHaveTextContent('Intet er ændret.');
    expect(useAppStore.getState().processes).toEqual({ [before.id]: before });
  });

  it('names the process and field that are wrong', async () => {
    const existing = seedProcess();
    const broken = {
      ...existing,
      id: 'p2',
      name: 'Køkkenet',
      people: { ...existing.people, participants: 'alle' },
    };
    const text = JSON.stringify({
      ...createBackup([existing], new Date()),
      data: { processes: [broken] },
    });
    await importText(text);
    expect(
      await screen.findByText(/Proces nr\. 1 \(»Køkkenet«\).*people\.participants/),
    ).toBeInTheDocument();
    expect(Object.keys(useAppStore.getState().processes)).toEqual(['p1']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    seedProcess();
    const user = userEvent.setup();
    renderWithStore(<ImportForm />);
    const big = file('x');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Vælg en sikkerhedskopi (.json)'), big);
    expect(await screen.findByText(/Filen er for stor \(50,0 MB\)/)).toBeInTheDocument();
  });

  it('asks before replacing a process that exists, and can keep both', async () => {
    const existing = seedProcess();
    const changed = { ...existing, name: 'Solsikken (fra backup)' };
    const user = await importText(serializeBackup(createBackup([changed], new Date())));
    expect(await screen.findByText(/findes allerede på denne computer/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Behold begge' }));
    const names = Object.values(useAppStore.getState().processes).map((p) => p.name);
    expect(names.sort()).toEqual(['Solsikken', 'Solsikken (fra backup) (kopi)']);
  });

  it('replaces a process when asked to', async () => {
    const existing = seedProcess();
    const user = await importText(
      serializeBackup(createBackup([{ ...existing, name: 'Ny' }], new Date())),
    );
    await user.click(await screen.findByRole('button', { name: 'Erstat den eksisterende' }));
    expect(useAppStore.getState().processes.p1?.name).toBe('Ny');
    expect(screen.getByText('Én proces er hentet ind.')).toBeInTheDocument();
  });
});
