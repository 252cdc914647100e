import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  warning?: string | null;
  /** Shown under the field's message, e.g. that another window changed it. */
  notice?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, the control, and its hint, error or warning, wired together for screen readers. */
export function Field({ label, hint, error, warning, notice, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const messageId = `${id}-msg`;
  const describedBy = [hint ? hintId : null, error || warning ? messageId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy: describedBy || undefined, invalid: Boolean(error) })}
      {error ? (
        <FieldError id={messageId} message={error} />
      ) : warning ? (
        <p className="field-warning" id={messageId}>
          {warning}
        </p>
      ) : null}
      {notice}
    </div>
  );
}
