import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useWishesCommand } from '../common/useWishes';
import { FieldError } from '../../components/FieldError';

/** Types a poster's wishes in quickly: the group stays, the text clears, focus stays. */
export function AddWishForm() {
  const t = useT().wishes;
  const refused = useT().refused;
  const command = useWishesCommand();
  const [text, setText] = useState('');
  const [group, setGroup] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const textRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const groupNumber = /^\d+$/.test(group.trim()) ? Number(group.trim()) : NaN;
    if (!Number.isInteger(groupNumber) || groupNumber < 1) {
      setError(refused.invalidGroup);
      return;
    }
    const result = command({
      type: 'wishAdded',
      wishId: clock.newId(),
      text,
      group: groupNumber,
      at: clock.now().toISOString(),
    });
    if (!result.ok) {
      setError(refused[result.reason]);
      return;
    }
    setError(null);
    setStatus(t.list.add.added(text.trim()));
    setText('');
    textRef.current?.focus();
  };

  return (
    <form className="card add-wish" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t.list.add.heading}</h2>
      <div className="add-wish-fields">
        <div className="field add-wish-text">
          <label htmlFor={`${id}-text`}>{t.list.add.text}</label>
          <input
            id={`${id}-text`}
            ref={textRef}
            value={text}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field add-wish-group">
          <label htmlFor={`${id}-group`}>{t.list.add.group}</label>
          <input
            id={`${id}-group`}
            inputMode="numeric"
            autoComplete="off"
            value={group}
            aria-describedby={`${id}-group-hint`}
            onChange={(e) => setGroup(e.target.value)}
          />
          <p className="field-hint" id={`${id}-group-hint`}>
            {t.list.add.groupHint}
          </p>
        </div>
        <button type="submit" className="button primary">
          {t.list.add.submit}
        </button>
      </div>
      <FieldError id={`${id}-error`} message={error} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </form>
  );
}
