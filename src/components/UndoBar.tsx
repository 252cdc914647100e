import { useT } from '../i18n/useT';

interface UndoBarProps {
  message: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A polite announcement with an undo button, shown after a destructive action. */
export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  const t = useT().common.actions;
  return (
    <div className="undo-bar" role="status" aria-live="polite">
      {message ? (
        <>
          <span>{message}</span>
          <button type="button" className="button primary" onClick={onUndo}>
            {t.undo}
          </button>
          <button type="button" className="button" onClick={onDismiss}>
            {t.close}
          </button>
        </>
      ) : null}
    </div>
  );
}
