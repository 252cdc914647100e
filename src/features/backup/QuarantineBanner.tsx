import { downloadFile } from '../../components/download';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';

/** Tells the user about stored data that failed validation and lets them rescue it. */
export function QuarantineBanner() {
  const t = useT().common.quarantine;
  const quarantine = useAppStore((s) => s.quarantine);
  const dismissed = useAppStore((s) => s.quarantineDismissed);
  if (quarantine.length === 0) return null;
  return (
    <section className="banner warning" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t.title}</h2>
      <p>{t.body(quarantine.length)}</p>
      <ul>
        {quarantine.map((q, i) => (
          <li key={`${q.key}@${q.foundAt}`}>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadFile(`apv-tilsidelagt-${i + 1}.json`, q.raw, 'application/json')
              }
            >
              {t.download} ({i + 1})
            </button>{' '}
            <button
              type="button"
              className="button danger"
              onClick={() => {
                if (window.confirm(t.confirmDismiss)) dismissed(q.key);
              }}
            >
              {t.dismiss}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
