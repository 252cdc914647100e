import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { TextField } from './TextField';
import type { CommitResult } from './useCommittedDraft';

interface NumberFieldProps {
  label: ReactNode;
  value: number | null;
  onCommit: (value: number | null) => CommitResult;
  hint?: ReactNode;
  warning?: string | null;
  /** Smallest allowed whole number (1 for counts, 0 for e.g. days lost). */
  min?: 0 | 1;
  max?: number;
  required?: boolean;
  draftField?: string;
}

/** Whole numbers only: the draft stays local with a message until it is valid. */
export function NumberField({
  value,
  onCommit,
  min = 1,
  max = 100_000,
  required,
  ...rest
}: NumberFieldProps) {
  const t = useT().common.validation;
  const validate = (draft: string): string | null => {
    const text = draft.trim();
    if (text === '') return required ? t.required : null;
    if (!/^\d+$/.test(text) || Number(text) < min)
      return min === 1 ? t.wholeNumber : t.wholeNumberZero;
    if (Number(text) > max) return t.tooLarge(max);
    return null;
  };
  return (
    <TextField
      {...rest}
      inputMode="numeric"
      value={value === null ? '' : String(value)}
      validate={validate}
      onCommit={(draft) => onCommit(draft.trim() === '' ? null : Number(draft.trim()))}
    />
  );
}
