import { useEffect, useMemo, useRef } from 'react';

/**
 * Whether a drag has carried the wish anywhere. A keyboard drag has once an arrow key is pressed
 * after the lift; a pointer drag always has (it starts only once the pointer moved).
 */
export function useKeyboardCarry() {
  const carried = useRef(true);
  const stopWatching = useRef<(() => void) | null>(null);
  useEffect(() => () => stopWatching.current?.(), []);
  return useMemo(() => {
    const end = () => {
      stopWatching.current?.();
      stopWatching.current = null;
    };
    const start = (activatorEvent: Event | null) => {
      end();
      const byKeyboard = activatorEvent instanceof KeyboardEvent;
      carried.current = !byKeyboard;
      if (!byKeyboard) return;
      const onKey = (event: KeyboardEvent) => {
        if (event.key.startsWith('Arrow')) carried.current = true;
      };
      window.addEventListener('keydown', onKey, true);
      stopWatching.current = () => window.removeEventListener('keydown', onKey, true);
    };
    return { start, end, carried: () => carried.current };
  }, []);
}
