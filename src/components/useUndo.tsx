import { useState } from 'react';
import { UndoBar } from './UndoBar';

export interface UndoOffer {
  message: string;
  run: () => void;
}

/**
 * One pending undo at a time, with its bar: `offer` shows the bar; undoing runs the offer,
 * then `afterUndo` (e.g. to put the focus back where typing continues).
 */
export function useUndo(afterUndo?: () => void) {
  const [pending, setPending] = useState<UndoOffer | null>(null);
  const bar = (
    <UndoBar
      message={pending?.message ?? null}
      onUndo={() => {
        pending?.run();
        setPending(null);
        afterUndo?.();
      }}
      onDismiss={() => setPending(null)}
    />
  );
  return { offer: setPending, bar };
}
