import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../components/chunks';
import { bruttoliste } from '../../domain/wishes/bruttoliste';
import { markBudget } from '../../domain/wishes/marks';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { MarkCounting } from './MarkCounting';

const TEXTS = ['Mere ro i frokosten', 'Fælles morgenmøde', 'Bedre værktøj', 'Tid til sparring'];

function setup(participants: number | null = 10) {
  seedProcess();
  const record = useAppStore.getState().eventRecorded;
  if (participants !== null) record('p1', { type: 'participantsSet', count: participants });
  TEXTS.forEach((text, i) =>
    record('p1', {
      type: 'wishAdded',
      wishId: `w${i + 1}`,
      text,
      group: (i % 2) + 1,
      at: '2026-11-25T10:00:00.000Z',
    }),
  );
  const user = userEvent.setup();
  renderWithStore(<MarkCounting />, 'p1');
  return user;
}

const totals = () =>
  Object.fromEntries(bruttoliste(currentProcess().wishes).map((r) => [r.wish.text, r.total]));
const field = (text: string) => screen.getByLabelText(`Streger for »${text}«`);

describe('MarkCounting', () => {
  it('takes a typed count and moves on to the next wish with Enter, Tab and arrow down', async () => {
    const user = setup();
    await user.click(field(TEXTS[0]!));
    await user.keyboard('7{Enter}');
    expect(field(TEXTS[1]!)).toHaveFocus();
    await user.keyboard('4{Tab}');
    expect(field(TEXTS[2]!)).toHaveFocus();
    await user.keyboard('2{ArrowDown}');
    expect(field(TEXTS[3]!)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(field(TEXTS[2]!)).toHaveFocus();
    expect(totals()).toEqual({ [TEXTS[0]!]: 7, [TEXTS[1]!]: 4, [TEXTS[2]!]: 2, [TEXTS[3]!]: 0 });
    expect(screen.getByText('13 af 30 streger er talt op', { exact: false })).toBeInTheDocument();
  });

  it('adjusts with the + and − keys', async () => {
    const user = setup();
    await user.click(field(TEXTS[1]!));
    await user.keyboard('+++');
    expect(totals()[TEXTS[1]!]).toBe(3);
    expect(field(TEXTS[1]!)).toHaveValue('3');
    await user.keyboard('-');
    expect(totals()[TEXTS[1]!]).toBe(2);
    await user.keyboard('{Enter}');
    expect(field(TEXTS[2]!)).toHaveFocus();
    // Minus at zero changes nothing.
    await user.keyboard('-');
    expect(totals()[TEXTS[2]!]).toBe(0);
  });

  it('refuses non-numeric, negative and impossible counts and changes nothing', async () => {
    const user = setup(2); // 6 marks in the room
    const before = currentProcess().wishes;
    await user.click(field(TEXTS[0]!));
    await user.keyboard('abc{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv et helt tal fra 0 og op.');
    expect(field(TEXTS[0]!)).toHaveFocus();
    expect(field(TEXTS[0]!)).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field(TEXTS[0]!));
    await user.keyboard('2,5{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv et helt tal fra 0 og op.');
    await user.clear(field(TEXTS[0]!));
    await user.keyboard('7{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Et ønske kan ikke få flere streger, end der er i alt (6).',
    );
    expect(currentProcess().wishes).toBe(before);
  });

  it('warns when more marks are counted than the room has, without refusing', async () => {
    const user = setup(2);
    await user.click(field(TEXTS[0]!));
    await user.keyboard('5{Enter}3{Enter}');
    expect(markBudget(currentProcess().wishes, 2)).toMatchObject({ used: 8, over: true });
    expect(screen.getByText(/Der er talt 2 streger for mange/)).toBeInTheDocument();
  });

  it('ranks live, flags a tie at the cut-off and lets the leader override the selection', async () => {
    const user = setup();
    await user.selectOptions(screen.getByLabelText('Antal emner, der går videre'), '2');
    await user.click(field(TEXTS[0]!));
    await user.keyboard('5{Enter}3{Enter}3{Enter}1{Enter}');
    const ranking = screen.getByRole('region', { name: 'Rangliste' });
    const items = within(ranking).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(`1.${TEXTS[0]}`);
    expect(within(ranking).getAllByText('Står lige ved grænsen')).toHaveLength(2);
    expect(within(ranking).getByText(/Foreløbig/)).toBeInTheDocument();
    // The tie is not cut through: both tied wishes are pre-selected; the leader drops one.
    const box = within(ranking).getByRole('checkbox', { name: `Tag »${TEXTS[2]}« med videre` });
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(currentProcess().wishes.selection.overrides).toEqual([
      { wishId: 'w3', selected: false },
    ]);
    expect(within(ranking).getByText('Valgt af mødelederen')).toBeInTheDocument();
    await user.click(box);
    expect(currentProcess().wishes.selection.overrides).toEqual([]);
  });

  it('keeps Enter moving to the next field after a wish above is removed', async () => {
    const user = setup();
    useAppStore
      .getState()
      .eventRecorded('p1', { type: 'wishRemoved', wishId: 'w1', at: '2026-11-25T10:05:00.000Z' });
    await user.click(field(TEXTS[1]!));
    await user.keyboard('2{Enter}');
    expect(field(TEXTS[2]!)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(field(TEXTS[1]!)).toHaveFocus();
  });

  it('shows a large tie at the cut-off only in part, the rest behind "show all"', async () => {
    const user = setup(20);
    const record = useAppStore.getState().eventRecorded;
    const at = '2026-11-25T10:00:00.000Z';
    for (let i = 1; i <= 40; i++) {
      if (i > TEXTS.length)
        record('p1', { type: 'wishAdded', wishId: `w${i}`, text: `Ønske ${i}`, group: 1, at });
      record('p1', { type: 'marksCounted', entryId: `m${i}`, wishId: `w${i}`, count: 1, at });
    }
    // One more mark for the first: the other 39 tie at the cut-off of the top 5.
    await user.click(field(TEXTS[0]!));
    await user.keyboard('+');
    const ranking = screen.getByRole('region', { name: 'Rangliste' });
    expect(within(ranking).getAllByRole('listitem')).toHaveLength(30);
    expect(within(ranking).getByText(/Listen viser de første 30/)).toBeInTheDocument();
    await user.click(within(ranking).getByRole('button', { name: 'Vis hele ranglisten' }));
    expect(within(ranking).getAllByRole('listitem')).toHaveLength(40);
    expect(within(ranking).queryByText(/Listen viser de første/)).not.toBeInTheDocument();
  });

  it("moves on across the long list's chunks, also after a wish leaves the list", async () => {
    seedProcess();
    const record = useAppStore.getState().eventRecorded;
    const at = '2026-11-25T10:00:00.000Z';
    const many = Array.from({ length: 3 * CHUNK_SIZE }, (_, i) => `Ønske ${i + 1}`);
    many.forEach((text, i) =>
      record('p1', { type: 'wishAdded', wishId: `m${i + 1}`, text, group: 1, at }),
    );
    const user = userEvent.setup();
    renderWithStore(<MarkCounting />, 'p1');
    await user.click(field(many[CHUNK_SIZE - 1]!));
    await user.keyboard('{Enter}');
    expect(field(many[CHUNK_SIZE]!)).toHaveFocus();
    act(() => record('p1', { type: 'wishRemoved', wishId: 'm2', at }));
    await user.click(field(many[2 * CHUNK_SIZE - 1]!));
    await user.keyboard('5{Enter}');
    expect(field(many[2 * CHUNK_SIZE]!)).toHaveFocus();
    expect(totals()[many[2 * CHUNK_SIZE - 1]!]).toBe(5);
  });
});
