interface FieldErrorProps {
  /** Why the last action was refused; nothing is shown while it is empty. */
  message: string | null | undefined;
  /** For the control's aria-describedby, when the error belongs to one control. */
  id?: string;
  className?: string;
}

/** The one way a refusal is shown: announced at once, styled as an error. */
export function FieldError({ message, id, className }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p className={className ? `field-error ${className}` : 'field-error'} id={id} role="alert">
      {message}
    </p>
  );
}
