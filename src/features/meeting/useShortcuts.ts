import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  togglePause?: () => void;
  next?: () => void;
  previous?: () => void;
  addMinute?: () => void;
  /** The projector's pages; absent while the view shown does not page. */
  nextPage?: () => void;
  previousPage?: () => void;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

function typing(event: KeyboardEvent): boolean {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return target !== null && (TYPING.has(target.tagName) || target.isContentEditable);
}

/** A modal (the finish dialog) owns the keyboard while it is open. */
const modalOpen = () => document.querySelector('dialog[open]') !== null;

/** The keys that act even while a field has focus: Alt and a letter no field types with Alt. */
function withAlt(event: KeyboardEvent, h: ShortcutHandlers): (() => void) | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  // By physical key: on a Mac, Alt (Option) turns P into »π«, so `key` does not say P.
  if (event.code === 'KeyP') return h.togglePause;
  if (event.code === 'KeyN') return h.next;
  return undefined;
}

function plain(event: KeyboardEvent, h: ShortcutHandlers): (() => void) | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return undefined;
  switch (event.key) {
    case ' ':
      return h.togglePause;
    case 'ArrowRight':
      return h.next;
    case 'ArrowLeft':
      return h.previous;
    case '+':
      return h.addMinute;
    case 'PageDown':
      return h.nextPage;
    case 'PageUp':
      return h.previousPage;
    default:
      return undefined;
  }
}

/**
 * The controller's keyboard shortcuts: Space pause/resume, → next step, ← previous step,
 * + one more minute, Page Down / Page Up the projector's pages; silent while the focus is in
 * a field. Alt+P (pause/resume) and Alt+N (next step) work in a field too, so the leader can
 * keep the meeting moving while typing. They act on the meeting, never on the focused button:
 * Space on a button pauses instead of pressing it (a button presses on Space's keyup, so that
 * is refused too), and a button clicked with the mouse gives up the focus, so neither Space
 * nor Enter presses it again. Each call handles only the keys it is given handlers for.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    let spaceTaken = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || modalOpen()) return;
      const action = withAlt(event, latest.current) ?? plain(event, latest.current);
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
