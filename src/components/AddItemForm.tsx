import { useId, useRef, useState } from 'react';
import { DraftOffer } from './DraftOffer';
import { useKeptDraft } from './keptDraft';

interface AddItemFormProps {
  label: string;
  buttonLabel: string;
  /** Called with the trimmed text; the field then empties for the next item. */
  onAdd: (text: string) => void;
  className?: string;
  dataFocus?: string;
  /** The box's name among its process's drafts: a line not added yet is kept there. */
  draftField?: string;
}

/**
 * One labelled line and an add button; Enter adds too. Blank text adds nothing. Under a
 * `draftField`, a line typed and not added is kept, and offered back when the box opens again.
 */
export function AddItemForm(props: AddItemFormProps) {
  const { label, buttonLabel, onAdd, className, dataFocus, draftField } = props;
  const [draft, setDraft] = useState('');
  const kept = useKeptDraft(draftField, '');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const change = (text: string) => {
    setDraft(text);
    kept.typed(text, '');
  };
  const add = () => {
    if (draft.trim() === '') return;
    onAdd(draft.trim());
    setDraft('');
    kept.settled();
  };
  return (
    <div className={className ? `inline-form ${className}` : 'inline-form'} data-focus={dataFocus}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          ref={input}
          id={id}
          value={draft}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
      </div>
      <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
        {buttonLabel}
      </button>
      {kept.offer !== null ? (
        <DraftOffer
          text={kept.offer}
          onTakeBack={() => {
            change(kept.takeBack() ?? draft);
            input.current?.focus();
          }}
          onThrowAway={kept.throwAway}
        />
      ) : null}
    </div>
  );
}
