import { useId, useMemo, useState } from 'react';
import { removedWishes } from '../../domain/wishes/bruttoliste';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { useWishesCommand } from '../common/useWishes';
import { FieldError } from '../../components/FieldError';

/** Wishes struck from the list, each with a way back. */
export function RemovedWishes() {
  const t = useT().wishes;
  const refused = useT().refused;
  const section = useCurrentProcess().process.wishes;
  const command = useWishesCommand();
  const removed = useMemo(() => removedWishes(section), [section]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (removed.length === 0 && !message) return null;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t.list.removedList.heading}</h2>
      <p className="field-hint">{t.list.removedList.intro}</p>
      <FieldError message={error} />
      <p role="status">{message}</p>
      <ul className="plain-list removed-list">
        {removed.map((wish) => (
          <li key={wish.id}>
            <span className="removed-text">{wish.text}</span>{' '}
            <span className="count-groups">{t.groupLabel(wish.group)}</span>{' '}
            <button
              type="button"
              className="button"
              aria-label={t.list.removedList.restoreLabel(wish.text)}
              onClick={() => {
                const result = command({ type: 'wishRestored', wishId: wish.id });
                setError(result.ok ? null : refused[result.reason]);
                if (result.ok) setMessage(t.list.removedList.restored(wish.text));
              }}
            >
              {t.list.removedList.restore}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
