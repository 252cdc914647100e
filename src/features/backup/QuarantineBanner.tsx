import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadFile } from '../../components/download';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';

/** Tells the user about stored data that failed validation and lets them rescue it. */
export function QuarantineBanner() {
  const t = useT().common;
  const quarantine = useAppStore((s) => s.quarantine);
  const dismissed = useAppStore((s) => s.quarantineDismissed);
  const [toDismiss, setToDismiss] = useState<string | null>(null);
  if (quarantine.length === 0) return null;
  return (
    <section className="banner warning" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t.quarantine.title}</h2>
      <p>{t.quarantine.body(quarantine.length)}</p>
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
              {t.quarantine.download} ({i + 1})
            </button>{' '}
            <button type="button" className="button danger" onClick={() => setToDismiss(q.key)}>
              {t.quarantine.dismiss}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={toDismiss !== null}
        title={t.quarantine.dismiss}
        onCancel={() => setToDismiss(null)}
        actions={[
          { label: t.actions.cancel, onClick: () => setToDismiss(null) },
          {
            label: t.actions.delete,
            tone: 'danger',
            onClick: () => {
              if (toDismiss) dismissed(toDismiss);
              setToDismiss(null);
            },
          },
        ]}
      >
        <p>{t.quarantine.confirmDismiss}</p>
      </ConfirmDialog>
    </section>
  );
}
