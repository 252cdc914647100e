import { useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { ChangedElsewhereNotice } from './ChangedElsewhereNotice';
import { DraftOffer } from './DraftOffer';
import { Field } from './Field';
import { useCommittedDraft, type CommitResult } from './useCommittedDraft';

interface TextFieldProps {
  label: ReactNode;
  value: string;
  /** Saves the value; returns why the document refused it, if it did. */
  onCommit: (value: string) => CommitResult;
  validate?: (draft: string) => string | null;
  hint?: ReactNode;
  warning?: string | null;
  multiline?: boolean;
  type?: 'text' | 'date' | 'datetime-local';
  inputMode?: 'numeric' | 'decimal' | 'text';
  placeholder?: string;
  maxLength?: number;
  autoComplete?: string;
  /** How much of the text the document keeps: past it, a warning says so before it is cut. */
  limit?: number;
  /** The field's name among its process's drafts: what is typed and not saved is kept there. */
  draftField?: string;
}

/** A text input that saves on blur, Enter or a pause in typing, and shows its own error. */
export function TextField(props: TextFieldProps) {
  const {
    label,
    value,
    onCommit,
    validate,
    hint,
    warning,
    multiline,
    type = 'text',
    limit,
    draftField,
    ...rest
  } = props;
  const field = useCommittedDraft(value, onCommit, validate, draftField);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const tooLong = useT().common.validation.tooLongCut;
  const cut =
    limit !== undefined && field.draft.length > limit ? tooLong(limit, field.draft.length) : null;
  const offer = field.kept.offer;
  const notice = (
    <>
      {field.lost ? (
        <ChangedElsewhereNotice
          lost={field.lost}
          onRestore={field.restoreMine}
          onDismiss={field.dismissLost}
        />
      ) : null}
      {offer !== null ? (
        <DraftOffer
          text={offer}
          onTakeBack={() => {
            field.takeBackDraft();
            input.current?.focus();
          }}
          onThrowAway={field.kept.throwAway}
        />
      ) : null}
    </>
  );
  return (
    <Field notice={notice} label={label} hint={hint} error={field.error} warning={cut ?? warning}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            ref={input}
            id={id}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={field.draft}
            rows={3}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
            {...rest}
          />
        ) : (
          <input
            ref={input}
            id={id}
            type={type}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={field.draft}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
            onKeyDown={(e) => {
              if (e.key === 'Enter') field.commitNow();
            }}
            {...rest}
          />
        )
      }
    </Field>
  );
}
