import { useId, useState, type FormEvent } from 'react';
import type { BruttolisteRow } from '../../domain/wishes/bruttoliste';
import { useT } from '../../i18n/useT';

interface MergePanelProps {
  chosen: BruttolisteRow[];
  onClear: () => void;
  onMerge: (targetId: string, text: string) => void;
  /** One below the list's heading. */
  headingLevel?: 3 | 4;
}

/** Merging the chosen wishes into one: which wish to keep, and its wording. */
export function MergePanel({ chosen, onClear, onMerge, headingLevel = 3 }: MergePanelProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const t = useT().wishes.list.merge;
  const id = useId();
  const [targetId, setTargetId] = useState(chosen[0]?.wish.id ?? '');
  const target = chosen.find((r) => r.wish.id === targetId) ?? chosen[0];
  const [wording, setWording] = useState(target?.wish.text ?? '');
  if (chosen.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) onMerge(target.wish.id, wording);
  };
  return (
    <form className="merge-panel" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <Heading id={`${id}-title`}>{t.heading}</Heading>
      <p>{t.selected(chosen.length)}</p>
      {chosen.length < 2 ? (
        <p className="field-hint">{t.needTwo}</p>
      ) : (
        <>
          <fieldset>
            <legend>{t.keep}</legend>
            {chosen.map((row) => (
              <label key={row.wish.id} className="radio">
                <input
                  type="radio"
                  name={`${id}-keep`}
                  value={row.wish.id}
                  checked={row.wish.id === target?.wish.id}
                  onChange={() => {
                    setTargetId(row.wish.id);
                    setWording(row.wish.text);
                  }}
                />{' '}
                {row.wish.text}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-wording`}>{t.wording}</label>
            <input
              id={`${id}-wording`}
              value={wording}
              onChange={(e) => setWording(e.target.value)}
            />
          </div>
        </>
      )}
      <div className="row-actions">
        {chosen.length >= 2 ? (
          <button type="submit" className="button primary">
            {t.submit}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClear}>
          {t.clear}
        </button>
      </div>
    </form>
  );
}
