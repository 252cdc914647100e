import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { StrengthsCapture } from './StrengthsCapture';

function setup(participants: number | null = null) {
  const process = seedProcess();
  useAppStore.setState({
    processes: { p1: { ...process, people: { ...process.people, participants } } },
  });
  const user = userEvent.setup();
  renderWithStore(<StrengthsCapture />, 'p1');
  return user;
}

const groupSection = (n: number) => screen.getByTestId(`strengths-capture-group-${n}`);

describe('StrengthsCapture', () => {
  it('adds a line with Enter and keeps the focus in the input for the next line', async () => {
    const user = setup();
    const input = screen.getByLabelText('Styrke fra gruppe 1');
    await user.type(input, 'Vi griner meget sammen{Enter}');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    await user.keyboard('Kollegerne hjælper uden at blive spurgt{Enter}');
    const strengths = currentProcess().wishes.strengths;
    expect(strengths.map((s) => [s.text, s.group])).toEqual([
      ['Vi griner meget sammen', 1],
      ['Kollegerne hjælper uden at blive spurgt', 1],
    ]);
    expect(strengths[0]!.id).not.toBe(strengths[1]!.id);
    expect(Number.isNaN(Date.parse(strengths[0]!.createdAt))).toBe(false);
    const items = within(groupSection(1)).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Vi griner meget sammen');
    expect(items[0]).toHaveTextContent(/Gruppe 1 · kl\. \d\d:\d\d/);
  });

  it('offers the method’s number of interview groups when participants are known', async () => {
    const user = setup(14);
    expect(screen.getByText('4 grupper ud fra 14 deltagere.')).toBeInTheDocument();
    const select = screen.getByLabelText('Interviewgruppe');
    expect(within(select).getAllByRole('option')).toHaveLength(4);
    await user.selectOptions(select, '3');
    const input = screen.getByLabelText('Styrke fra gruppe 3');
    await user.type(input, 'Tydelige aftaler{Enter}');
    expect(currentProcess().wishes.strengths[0]?.group).toBe(3);
    expect(within(groupSection(3)).getByText('Tydelige aftaler')).toBeInTheDocument();
  });

  it('lets the leader add groups freely and switch group from the keyboard', async () => {
    const user = setup();
    expect(screen.getByText(/Antallet af deltagere er ikke udfyldt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ny gruppe' }));
    await user.click(screen.getByRole('button', { name: 'Ny gruppe' }));
    const input = screen.getByLabelText('Styrke fra gruppe 3');
    await user.type(input, 'Tre{Enter}');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(input).toHaveAccessibleName('Styrke fra gruppe 2');
    await user.keyboard('To{Enter}{Alt>}{ArrowUp}{/Alt}En{Enter}');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}Stadig en{Enter}');
    expect(input).toHaveFocus();
    expect(currentProcess().wishes.strengths.map((s) => [s.text, s.group])).toEqual([
      ['Tre', 3],
      ['To', 2],
      ['En', 1],
      ['Stadig en', 1],
    ]);
  });

  it('refuses an empty line and a line over the limit, with a message, and adds nothing', async () => {
    const user = setup();
    const input = screen.getByLabelText('Styrke fra gruppe 1');
    await user.type(input, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv noget, før du trykker Enter.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.click(input);
    await user.paste('x'.repeat(301));
    expect(screen.getByRole('alert')).toHaveTextContent('Højst 300 tegn');
    await user.keyboard('{Enter}');
    expect(currentProcess().wishes.strengths).toEqual([]);
    expect(input).toHaveValue('x'.repeat(301));
  });

  it('edits a line in place, also moving it to another group', async () => {
    const user = setup(9);
    await user.type(screen.getByLabelText('Styrke fra gruppe 1'), 'God stemning{Enter}');
    await user.click(screen.getByRole('button', { name: 'Ret styrken »God stemning«' }));
    const text = screen.getByLabelText('Ny tekst');
    expect(text).toHaveFocus();
    await user.clear(text);
    await user.type(text, 'God stemning om morgenen');
    await user.selectOptions(screen.getByLabelText('Gruppe'), '2');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(currentProcess().wishes.strengths[0]).toMatchObject({
      text: 'God stemning om morgenen',
      group: 2,
    });
    const edit = screen.getByRole('button', { name: 'Ret styrken »God stemning om morgenen«' });
    expect(edit).toHaveFocus();
    expect(within(groupSection(2)).getByText('God stemning om morgenen')).toBeInTheDocument();
  });

  it('refuses an edit to an empty text and keeps the line', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Styrke fra gruppe 1'), 'Fleksible vagter{Enter}');
    await user.click(screen.getByRole('button', { name: /^Ret styrken/ }));
    await user.clear(screen.getByLabelText('Ny tekst'));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv noget');
    await user.keyboard('{Escape}');
    expect(currentProcess().wishes.strengths[0]?.text).toBe('Fleksible vagter');
    expect(screen.getByText('Fleksible vagter')).toBeInTheDocument();
  });

  it('removes a line and puts it back in its place with undo', async () => {
    const user = setup();
    const input = screen.getByLabelText('Styrke fra gruppe 1');
    await user.type(input, 'Første{Enter}Anden{Enter}Tredje{Enter}');
    const before = currentProcess().wishes.strengths;
    await user.click(screen.getByRole('button', { name: 'Fjern styrken »Anden«' }));
    expect(currentProcess().wishes.strengths.map((s) => s.text)).toEqual(['Første', 'Tredje']);
    expect(screen.getByText('Styrken »Anden« er fjernet.')).toBeInTheDocument();
    expect(input).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    const restored = currentProcess().wishes.strengths.find((s) => s.text === 'Anden');
    expect(restored).toEqual(before[1]);
    const texts = within(groupSection(1))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.capture-text')?.textContent);
    expect(texts).toEqual(['Første', 'Anden', 'Tredje']);
  });
});
