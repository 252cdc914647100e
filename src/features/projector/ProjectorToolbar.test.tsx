import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectorToolbar, TOOLBAR_IDLE_MS } from './ProjectorToolbar';

const toolbar = () => screen.getByTestId('projector-toolbar');
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function show(soundLocked = false) {
  render(
    <ProjectorToolbar
      muted={false}
      soundLocked={soundLocked}
      onUnlockSound={() => {}}
      onToggleMuted={() => {}}
    />,
  );
}

describe('ProjectorToolbar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hides while the mouse is still and comes back when it moves or a key is pressed', async () => {
    show();
    expect(toolbar()).not.toHaveClass('is-idle');
    await wait(TOOLBAR_IDLE_MS - 100);
    expect(toolbar()).not.toHaveClass('is-idle');
    await wait(200);
    expect(toolbar()).toHaveClass('is-idle');
    act(() => void window.dispatchEvent(new Event('pointermove')));
    expect(toolbar()).not.toHaveClass('is-idle');
    await wait(TOOLBAR_IDLE_MS + 100);
    expect(toolbar()).toHaveClass('is-idle');
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })));
    expect(toolbar()).not.toHaveClass('is-idle');
  });

  it('stays while it asks for the click that lets the chime play', async () => {
    show(true);
    await wait(TOOLBAR_IDLE_MS * 3);
    expect(toolbar()).not.toHaveClass('is-idle');
    expect(screen.getByRole('button', { name: 'Klik her, så uret kan ringe' })).toBeVisible();
  });
});
