import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectorToolbar } from './ProjectorToolbar';
import { useChime } from './useChime';

/** A stand-in for Web Audio: starts suspended, as a browser does before any click. */
class FakeAudioContext extends EventTarget {
  state: AudioContextState = 'suspended';
  async resume() {
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
  }
  async close() {
    this.state = 'closed';
  }
}

function Toolbar() {
  const { muted, locked, unlock, toggleMuted } = useChime();
  return (
    <ProjectorToolbar
      muted={muted}
      soundLocked={locked}
      onUnlockSound={unlock}
      onToggleMuted={toggleMuted}
    />
  );
}

describe('the projector asks for the click that lets the chime play', () => {
  beforeEach(() => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the request while the browser holds sound back, and drops it after a click', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.click(screen.getByRole('button', { name: 'Klik her, så uret kan ringe' }));
    expect(screen.queryByRole('button', { name: /uret kan ringe/ })).not.toBeInTheDocument();
  });

  it('lets any key press unlock the sound too', async () => {
    render(<Toolbar />);
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F11' }));
    });
    expect(screen.queryByRole('button', { name: /uret kan ringe/ })).not.toBeInTheDocument();
  });

  it('does not ask while the chime is muted', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    // The click on "mute" also unlocks; a fresh window with muted stored asks for nothing.
    await user.click(screen.getByRole('button', { name: 'Slå lyd fra' }));
    render(<Toolbar />);
    expect(screen.queryByRole('button', { name: /uret kan ringe/ })).not.toBeInTheDocument();
  });
});
