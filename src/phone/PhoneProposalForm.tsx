import { useState, type FormEvent } from 'react';
import { MAX_VIEW_TEXT } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';

/** A text field and its button, for one proposal. */
export function PhoneProposalForm({
  id,
  label,
  t,
  onAdd,
  children,
}: {
  id: string;
  label: string;
  t: PhoneTexts;
  onAdd: (text: string) => void;
  children?: React.ReactNode;
}) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onAdd(text);
    setText('');
  };
  return (
    <form className="ph-form" onSubmit={submit}>
      {children}
      <div className="ph-field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          id={`${id}-text`}
          className="ph-text"
          rows={3}
          maxLength={MAX_VIEW_TEXT}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-limit`}
        />
        <small id={`${id}-limit`}>{t.limit(MAX_VIEW_TEXT)}</small>
      </div>
      <button type="submit" className="ph-button" disabled={text.trim() === ''}>
        {t.add}
      </button>
    </form>
  );
}
