import { useId, useState } from 'react';

interface AddItemFormProps {
  label: string;
  buttonLabel: string;
  /** Called with the trimmed text; the field then empties for the next item. */
  onAdd: (text: string) => void;
  className?: string;
  dataFocus?: string;
}

/** One labelled line and an add button; Enter adds too. Blank text adds nothing. */
export function AddItemForm({ label, buttonLabel, onAdd, className, dataFocus }: AddItemFormProps) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    if (draft.trim() === '') return;
    onAdd(draft.trim());
    setDraft('');
  };
  return (
    <div className={className ? `inline-form ${className}` : 'inline-form'} data-focus={dataFocus}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
      </div>
      <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
        {buttonLabel}
      </button>
    </div>
  );
}
