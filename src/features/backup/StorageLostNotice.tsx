import { Link } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useAppStore } from '../../store/store';

/** Says that the browser deleted the stored data while the app was open, and that it wrote it back. */
export function StorageLostNotice() {
  const t = useT().backup;
  const dismissed = useAppStore((s) => s.storageLostDismissed);
  return (
    <section className="banner warning" role="alert" aria-labelledby="storage-lost-title">
      <h2 id="storage-lost-title">{t.lost.title}</h2>
      <p>{t.lost.body}</p>
      <p>
        <Link to={paths.backup()}>{t.status.toBackup}</Link>{' '}
        <button type="button" className="button" onClick={dismissed}>
          {t.lost.dismiss}
        </button>
      </p>
    </section>
  );
}
