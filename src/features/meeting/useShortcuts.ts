import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  togglePause: () => void;
  next: () => void;
  previous: () => void;
  addMinute: () => void;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

function ignored(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  // A modal (the finish dialog) owns the keyboard while it is open.
  if (document.querySelector('dialog[open]')) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (!target) return false;
  return TYPING.has(target.tagName) || target.isContentEditable;
}

/**
 * The controller's keyboard shortcuts: Space pause/resume, → next step, ← previous step,
 * + one more minute. Silent while the focus is in a field. They act on the meeting, never on
 * the focused button: Space on a button pauses instead of pressing it (a button presses on
 * Space's keyup, so that is refused too), and a button clicked with the mouse gives up the
 * focus, so neither Space nor Enter presses it again.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    let spaceTaken = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (ignored(event)) return;
      const h = latest.current;
      const action =
        event.key === ' '
          ? h.togglePause
          : event.key === 'ArrowRight'
            ? h.next
            : event.key === 'ArrowLeft'
              ? h.previous
              : event.key === '+'
                ? h.addMinute
                : null;
      if (!action) return;
      event.preventDefault();
      if (event.key === ' ') spaceTaken = true;
      action();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== ' ' || !spaceTaken) return;
      spaceTaken = false;
      event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      // detail is 0 for a click made with the keyboard, which keeps its focus.
      if (event.detail === 0) return;
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && button === document.activeElement) button.blur();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('click', onClick);
    };
  }, []);
}
