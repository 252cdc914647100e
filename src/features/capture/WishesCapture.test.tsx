import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { WishesCapture } from './WishesCapture';

function setup(participants: number | null = null) {
  const process = seedProcess();
  useAppStore.setState({
    processes: { p1: { ...process, people: { ...process.people, participants } } },
  });
  const user = userEvent.setup();
  renderWithStore(<WishesCapture />, 'p1');
  return user;
}

const record = (event: Parameters<ReturnType<typeof useAppStore.getState>['eventRecorded']>[1]) =>
  useAppStore.getState().eventRecorded('p1', event);

describe('WishesCapture', () => {
  it('adds wishes per brainstorm group with id, text, group and time, keeping the focus', async () => {
    const user = setup(10);
    // Fewer than 12 people: the method still asks for 2 groups.
    expect(screen.getByText('2 grupper ud fra 10 deltagere.')).toBeInTheDocument();
    const input = screen.getByLabelText('Ønske eller drøm fra gruppe 1');
    const before = Date.now();
    await user.type(input, 'Et stille rum til pauser{Enter}Mere tid til faglig sparring{Enter}');
    await user.selectOptions(screen.getByLabelText('Brainstormgruppe'), '2');
    await user.type(
      screen.getByLabelText('Ønske eller drøm fra gruppe 2'),
      'Fælles morgenmad om fredagen{Enter}',
    );
    expect(screen.getByLabelText('Ønske eller drøm fra gruppe 2')).toHaveFocus();
    const wishes = currentProcess().wishes.wishes;
    expect(wishes.map((w) => [w.text, w.group])).toEqual([
      ['Et stille rum til pauser', 1],
      ['Mere tid til faglig sparring', 1],
      ['Fælles morgenmad om fredagen', 2],
    ]);
    expect(new Set(wishes.map((w) => w.id)).size).toBe(3);
    for (const wish of wishes) {
      expect(Date.parse(wish.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(wish).toMatchObject({ mergedInto: null, removedAt: null });
    }
    const group2 = screen.getByTestId('wishes-capture-group-2');
    expect(within(group2).getByText('Fælles morgenmad om fredagen')).toBeInTheDocument();
    expect(within(group2).getByRole('heading', { level: 3 })).toHaveTextContent('1 ønske');
  });

  it('refuses an empty line with a short message', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Ønske eller drøm fra gruppe 1'), '{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv noget, før du trykker Enter.');
    expect(currentProcess().wishes.wishes).toEqual([]);
  });

  it('edits a wish', async () => {
    const user = setup();
    await user.type(
      screen.getByLabelText('Ønske eller drøm fra gruppe 1'),
      'Hæve-sænke-borde{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Ret ønsket »Hæve-sænke-borde«' }));
    await user.type(screen.getByLabelText('Ny tekst'), ' til alle{Enter}');
    expect(currentProcess().wishes.wishes[0]?.text).toBe('Hæve-sænke-borde til alle');
    expect(
      screen.getByRole('button', { name: 'Ret ønsket »Hæve-sænke-borde til alle«' }),
    ).toHaveFocus();
  });

  it('removes a wish (kept for traceability), undoes it, and restores from the removed list', async () => {
    const user = setup();
    const input = screen.getByLabelText('Ønske eller drøm fra gruppe 1');
    await user.type(input, 'Kortere møder{Enter}');
    await user.click(screen.getByRole('button', { name: 'Fjern ønsket »Kortere møder«' }));
    expect(currentProcess().wishes.wishes[0]?.removedAt).not.toBeNull();
    expect(screen.queryByRole('button', { name: /^Ret ønsket/ })).not.toBeInTheDocument();
    expect(screen.getByText('Ønsket »Kortere møder« er fjernet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(currentProcess().wishes.wishes[0]?.removedAt).toBeNull();
    expect(input).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Fjern ønsket »Kortere møder«' }));
    await user.click(screen.getByRole('button', { name: 'Luk' }));
    await user.click(screen.getByText('Fjernede ønsker (1)'));
    await user.click(screen.getByRole('button', { name: 'Sæt »Kortere møder« tilbage' }));
    expect(currentProcess().wishes.wishes[0]?.removedAt).toBeNull();
    expect(screen.queryByText(/Fjernede ønsker/)).not.toBeInTheDocument();
  });

  it('explains a refused removal (a merged duplicate) and changes nothing', async () => {
    const user = setup();
    await user.type(
      screen.getByLabelText('Ønske eller drøm fra gruppe 1'),
      'Bedre kaffe{Enter}God kaffe{Enter}',
    );
    const [a, b] = currentProcess().wishes.wishes;
    record({
      type: 'wishesMerged',
      mergeId: 'm1',
      targetId: a!.id,
      sourceIds: [b!.id],
      text: 'Bedre kaffe',
      at: new Date().toISOString(),
    });
    const snapshot = currentProcess();
    await user.click(screen.getByRole('button', { name: 'Fjern ønsket »God kaffe«' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/slået sammen med et andet/);
    expect(currentProcess()).toBe(snapshot);
    expect(screen.getByText('(slået sammen)')).toBeInTheDocument();
  });
});
