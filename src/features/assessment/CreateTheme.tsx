import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useWishesCommand, type Attempt } from '../common/useWishes';

/** The form that adds a theme. */
export function CreateTheme({ report }: { report: (result: Attempt, success: string) => boolean }) {
  const t = useT().wishes.themeBoard;
  const command = useWishesCommand();
  const id = useId();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = report(
      command({ type: 'themeCreated', themeId: clock.newId(), name }),
      t.created(name.trim()),
    );
    if (ok) setName('');
  };
  return (
    <form className="inline-form create-theme" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t.newTheme}</label>
        <input id={id} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button primary">
        {t.create}
      </button>
    </form>
  );
}
