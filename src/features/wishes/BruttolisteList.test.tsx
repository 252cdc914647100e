import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bruttoliste } from '../../domain/wishes/bruttoliste';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { BruttolistePage } from './BruttolistePage';

const WISHES = [
  { text: 'Mere ro i frokostpausen', group: 1 },
  { text: 'Ro i pausen', group: 3 },
  { text: 'Fælles morgenmøde', group: 2 },
  { text: 'Pauser med ro', group: 4 },
];

function setup() {
  seedProcess();
  const record = useAppStore.getState().eventRecorded;
  record('p1', { type: 'participantsSet', count: 10 });
  WISHES.forEach((w, i) =>
    record('p1', {
      type: 'wishAdded',
      wishId: `w${i + 1}`,
      ...w,
      at: '2026-11-25T10:00:00.000Z',
    }),
  );
  const user = userEvent.setup();
  renderWithStore(<BruttolistePage />, 'p1');
  return user;
}

const list = () => screen.getByRole('region', { name: 'Bruttolisten' });
const rowTexts = () => bruttoliste(currentProcess().wishes).map((r) => r.wish.text);

describe('Bruttoliste merging', () => {
  it('merges selected duplicates into one wording, shows them as merged, and undoes the merge', async () => {
    const user = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Vælg »Mere ro i frokostpausen«' }));
    expect(screen.getByText('Vælg mindst to ønsker for at slå dem sammen.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Vælg »Ro i pausen«' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vælg »Pauser med ro«' }));
    const panel = screen.getByRole('form', { name: 'Slå dubletter sammen' });
    await user.click(within(panel).getByRole('radio', { name: 'Ro i pausen' }));
    const wording = within(panel).getByLabelText('Ordlyd efter sammenlægning');
    expect(wording).toHaveValue('Ro i pausen');
    await user.clear(wording);
    await user.type(wording, 'Ro i pauserne');
    await user.click(within(panel).getByRole('button', { name: 'Slå sammen' }));

    expect(rowTexts()).toEqual(['Ro i pauserne', 'Fælles morgenmøde']);
    const merged = within(list()).getByText('Slået sammen med:').parentElement!;
    expect(merged).toHaveTextContent('»Mere ro i frokostpausen« (Gruppe 1)');
    expect(merged).toHaveTextContent('»Pauser med ro« (Gruppe 4)');
    expect(within(list()).getByText('Grupper 1, 3, 4')).toBeInTheDocument();

    await user.click(within(list()).getByRole('button', { name: /Fortryd sammenlægning/ }));
    expect(rowTexts()).toEqual([
      'Mere ro i frokostpausen',
      'Ro i pausen',
      'Fælles morgenmøde',
      'Pauser med ro',
    ]);
    expect(within(list()).queryByText('Slået sammen med:')).not.toBeInTheDocument();
  });

  it('refuses an empty merged wording and changes nothing', async () => {
    const user = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Vælg »Ro i pausen«' }));
    await user.click(screen.getByRole('checkbox', { name: 'Vælg »Pauser med ro«' }));
    const before = currentProcess().wishes;
    await user.clear(screen.getByLabelText('Ordlyd efter sammenlægning'));
    await user.click(screen.getByRole('button', { name: 'Slå sammen' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv en tekst');
    expect(currentProcess().wishes).toBe(before);
  });

  it('adds, edits, removes and restores wishes, and filters by group', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Ønske eller drøm'), 'Nye stole');
    await user.clear(screen.getByLabelText('Gruppe', { selector: 'input' }));
    await user.type(screen.getByLabelText('Gruppe', { selector: 'input' }), '5{Enter}');
    expect(rowTexts()).toContain('Nye stole');
    expect(screen.getByLabelText('Ønske eller drøm')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Ret »Nye stole«' }));
    const edit = screen.getByDisplayValue('Nye stole');
    await user.clear(edit);
    await user.type(edit, 'Nye kontorstole{Enter}');
    expect(rowTexts()).toContain('Nye kontorstole');

    await user.click(screen.getByRole('button', { name: 'Fjern »Nye kontorstole«' }));
    expect(rowTexts()).not.toContain('Nye kontorstole');
    const removed = screen.getByRole('region', { name: 'Fjernede ønsker' });
    await user.click(within(removed).getByRole('button', { name: 'Gendan »Nye kontorstole«' }));
    expect(rowTexts()).toContain('Nye kontorstole');

    await user.selectOptions(within(list()).getByLabelText('Gruppe'), 'Gruppe 2');
    expect(within(list()).getByText('Viser 1 af 5 ønsker')).toBeInTheDocument();
  });
});
