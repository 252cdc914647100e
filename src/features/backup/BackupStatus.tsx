import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { clock } from '../../store/clock';
import { askPersistentStorage, storagePersisted } from '../../store/storageProtection';
import { useAppStore } from '../../store/store';

/** How long changes may go without a backup, in storage the browser may evict, before a reminder. */
const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether the browser keeps the data, when the last backup was saved, which processes changed
 * since, and (storage not protected, a backup over a week old) a reminder to save one. Shown
 * on the home and backup pages, never in a meeting.
 */
export function BackupStatus({ onBackupPage = false }: { onBackupPage?: boolean }) {
  const t = useT().backup.status;
  const formatDate = useFormatDate();
  const processes = useAppStore((s) => s.processes);
  const backups = useAppStore((s) => s.backups);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void storagePersisted().then((p) => {
      if (live) setPersisted(p);
    });
    return () => {
      live = false;
    };
  }, []);

  const list = Object.values(processes);
  if (list.length === 0) return null;
  const times = list.map((p) => backups[p.id]).filter((at) => at !== undefined);
  const last = times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : null;
  const unbacked = list.filter((p) => (backups[p.id] ?? '') < p.updatedAt);
  const now = clock.now().getTime();
  const remind =
    persisted !== true &&
    unbacked.some((p) => now - Date.parse(backups[p.id] ?? p.createdAt) > REMIND_AFTER_MS);

  return (
    <section
      className={remind ? 'message warning' : 'message info'}
      aria-labelledby="backup-status-title"
      data-testid="backup-status"
    >
      <h2 id="backup-status-title">{t.title}</h2>
      <p>{persisted === null ? t.unknown : persisted ? t.persisted : t.notPersisted}</p>
      <p>{last ? t.lastBackup(formatDate(new Date(last), t.dateFormat)) : t.noBackup}</p>
      {unbacked.length > 0 ? <p>{t.unbacked(unbacked.map((p) => p.name))}</p> : null}
      {remind ? <p>{t.remind}</p> : null}
      {onBackupPage ? (
        persisted === false ? (
          <button
            type="button"
            className="button"
            onClick={() => void askPersistentStorage().then(setPersisted)}
          >
            {t.askPersist}
          </button>
        ) : null
      ) : (
        <Link to={paths.backup()}>{t.toBackup}</Link>
      )}
    </section>
  );
}
