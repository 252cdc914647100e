import { useEffect, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Buttons; the first gets focus when the dialog opens. */
  actions: { label: string; onClick: () => void; tone?: 'danger' | 'primary' }[];
  onCancel: () => void;
}

/** A modal dialog on the native <dialog> element: focus trap and Escape come for free. */
export function ConfirmDialog({ open, title, children, actions, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close?.();
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="dialog-title">{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {actions.map((action, i) => (
          <button
            key={action.label}
            type="button"
            className={action.tone ? `button ${action.tone}` : 'button'}
            autoFocus={i === 0}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
