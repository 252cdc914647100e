import { useId, useState, type FormEvent } from 'react';
import type { Wish } from '../../domain/wishes/types';
import { useT } from '../../i18n/useT';
import { FieldError } from '../../components/FieldError';

/** The form that edits a wish's text and group in place. */
export function EditWish({
  wish,
  onSave,
  onCancel,
}: {
  wish: Wish;
  onSave: (wishId: string, text: string, group: number) => boolean;
  onCancel: () => void;
}) {
  const t = useT().wishes;
  const refused = useT().refused;
  const id = useId();
  const [text, setText] = useState(wish.text);
  const [group, setGroup] = useState(String(wish.group));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const g = /^\d+$/.test(group.trim()) ? Number(group.trim()) : NaN;
    if (!Number.isInteger(g) || g < 1) {
      setError(refused.invalidGroup);
      return;
    }
    if (text.trim() === '') {
      setError(refused.emptyText);
      return;
    }
    onSave(wish.id, text, g);
  };
  return (
    <form
      className="edit-wish"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{t.list.add.text}</label>
        <input
          id={`${id}-text`}
          value={text}
          autoFocus
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t.list.add.group}</label>
        <input
          id={`${id}-group`}
          inputMode="numeric"
          value={group}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setGroup(e.target.value)}
        />
      </div>
      <FieldError id={`${id}-error`} message={error} />
      <span className="row-actions">
        <button type="submit" className="button primary">
          {t.list.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.list.cancel}
        </button>
      </span>
    </form>
  );
}
