import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Buttons; the first gets focus when the dialog opens. */
  actions: { label: string; onClick: () => void; tone?: 'danger' | 'primary' }[];
  onCancel: () => void;
  /** Where focus goes when the dialog closes and what opened it no longer holds focus. */
  returnFocus?: RefObject<HTMLElement | null>;
}

/** A modal dialog on the native <dialog> element: focus trap and Escape come for free. */
export function ConfirmDialog({
  open,
  title,
  children,
  actions,
  onCancel,
  returnFocus,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  /** What had focus before the dialog took it, read from the first focus event inside it. */
  const opener = useRef<EventTarget | null | undefined>(undefined);
  useEffect(() => {
    if (!open) return;
    const fallback = returnFocus?.current ?? null;
    const from = opener;
    return () => {
      // The dialog leaves with its element, which drops focus on <body>: give it back.
      const previous = from.current;
      from.current = undefined;
      const target = previous instanceof HTMLElement && previous.isConnected ? previous : fallback;
      if (target?.isConnected) target.focus();
    };
  }, [open, returnFocus]);
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
      onFocus={(e) => {
        if (opener.current === undefined) opener.current = e.relatedTarget;
      }}
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
