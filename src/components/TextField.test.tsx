import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangedElsewhereContext } from './changedElsewhere';
import { TextField } from './TextField';
import { COMMIT_DEBOUNCE_MS, COMMIT_MAX_WAIT_MS } from './useCommittedDraft';

describe('a text field while typing goes on', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const onCommit = vi.fn();
    render(<TextField label="Mødeleder" value="" onCommit={onCommit} />);
    const input = screen.getByLabelText('Mødeleder');
    let text = '';
    const type = (chars: number, everyMs: number) => {
      for (let i = 0; i < chars; i++) {
        text += 'x';
        fireEvent.change(input, { target: { value: text } });
        act(() => vi.advanceTimersByTime(everyMs));
      }
    };
    return { onCommit, type, typed: () => text };
  };

  it('commits at least every COMMIT_MAX_WAIT_MS without a pause, not on every keystroke', () => {
    const { onCommit, type, typed } = setup();
    const everyMs = COMMIT_DEBOUNCE_MS / 4; // never pauses long enough for the debounce
    type(Math.ceil((3 * COMMIT_MAX_WAIT_MS) / everyMs), everyMs);
    expect(onCommit.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onCommit.mock.calls.length).toBeLessThanOrEqual(4);
    // The last commit is at most one maximum wait behind the keyboard.
    const last = onCommit.mock.lastCall![0] as string;
    expect(typed().length - last.length).toBeLessThanOrEqual(COMMIT_MAX_WAIT_MS / everyMs);
  });

  it.each(['pagehide', 'visibilitychange'])('commits a pending draft on %s', (event) => {
    const { onCommit, type, typed } = setup();
    type(3, 10);
    expect(onCommit).not.toHaveBeenCalled();
    (event === 'pagehide' ? window : document).dispatchEvent(new Event(event));
    expect(onCommit).toHaveBeenCalledWith(typed());
  });
});

describe('a text field with a limit', () => {
  it('says before the text is cut that only the first part is kept', () => {
    render(<TextField label="Ansvarlig" value="" limit={300} onCommit={() => null} />);
    const input = screen.getByLabelText(/^Ansvarlig/);
    fireEvent.change(input, { target: { value: 'x'.repeat(300) } });
    expect(screen.queryByText(/Kun de første/)).toBeNull();
    fireEvent.change(input, { target: { value: 'x'.repeat(5000) } });
    expect(
      screen.getByText(
        'Teksten er 5000 tegn. Kun de første 300 tegn gemmes – forkort den, hvis resten skal med.',
      ),
    ).toBeInTheDocument();
  });
});

describe('a text field whose committed value another window replaced', () => {
  const setup = (elsewhere: boolean) => {
    const onCommit = vi.fn();
    const field = (value: string) => (
      <ChangedElsewhereContext.Provider value={() => elsewhere}>
        <TextField label="Mødeleder" value={value} onCommit={onCommit} />
      </ChangedElsewhereContext.Provider>
    );
    const view = render(field('Anne'));
    return { onCommit, rerender: (value: string) => view.rerender(field(value)) };
  };

  it('says so beside the field and puts its own value back on request', async () => {
    const user = userEvent.setup();
    const { onCommit, rerender } = setup(true);
    const input = screen.getByLabelText('Mødeleder');
    await user.clear(input);
    await user.type(input, 'Bo{Enter}');
    expect(onCommit).toHaveBeenLastCalledWith('Bo');
    rerender('Bo');
    await user.tab();
    // The other window's edit sorted later and won.
    rerender('Carla');
    expect(input).toHaveValue('Carla');
    expect(screen.getByRole('status')).toHaveTextContent('Ændret i et andet vindue til »Carla«.');
    await user.click(screen.getByRole('button', { name: 'Sæt min værdi tilbage (»Bo«)' }));
    expect(onCommit).toHaveBeenLastCalledWith('Bo');
    expect(input).toHaveValue('Bo');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('can keep the other value, and says nothing when the change was made in this window', async () => {
    const user = userEvent.setup();
    const other = setup(true);
    const input = screen.getByLabelText('Mødeleder');
    await user.type(input, 'x{Enter}');
    other.rerender('Annex');
    other.rerender('Carla');
    await user.click(screen.getByRole('button', { name: 'Behold ændringen' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(other.onCommit).toHaveBeenCalledTimes(1);
    cleanup();

    const here = setup(false);
    await user.type(screen.getByLabelText('Mødeleder'), 'x{Enter}');
    here.rerender('Annex');
    here.rerender('Carla');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
