import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { loadSharing } from './shareUrl';

/** The name the others see for this device. */
export function PresenceName() {
  const t = useT().share;
  const id = useId();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSharing().then((m) => setName(m.presenceName()));
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void loadSharing().then((m) => {
      m.presenceNameChosen(name);
      setSaved(true);
    });
  };
  return (
    <form className="inline-form presence-name" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{t.name}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t.nameHint}
        </p>
        <input
          id={id}
          value={name}
          maxLength={60}
          autoComplete="name"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <button type="submit" className="button">
        {t.saveName}
      </button>
      <span role="status" className="field-hint">
        {saved ? t.nameSaved : ''}
      </span>
    </form>
  );
}
