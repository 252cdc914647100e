import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  togglePause: () => void;
  next: () => void;
  previous: () => void;
  addMinute: () => void;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Space and Enter already press these; a shortcut on top would act twice. */
const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY']);

function ignored(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  // A modal (the finish dialog) owns the keyboard while it is open.
  if (document.querySelector('dialog[open]')) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (!target) return false;
  if (TYPING.has(target.tagName) || target.isContentEditable) return true;
  return event.key === ' ' && PRESSABLE.has(target.tagName);
}

/**
 * The controller's keyboard shortcuts: Space pause/resume, → next step, ← previous step,
 * + one more minute. Silent while the focus is in a field.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
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
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
