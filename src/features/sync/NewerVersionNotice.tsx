import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';

const reloadPage = () => window.location.reload();

/**
 * Shown when another window runs a newer version of the app: this window no longer takes
 * that window's changes, so the user should reload before going on.
 */
export function NewerVersionNotice({ reload = reloadPage }: { reload?: () => void }) {
  const t = useT().common.newerVersion;
  const newerVersion = useAppStore((s) => s.sync.newerVersion);
  if (!newerVersion) return null;
  return (
    <section className="banner warning" role="alert" aria-labelledby="newer-version-title">
      <h2 id="newer-version-title">{t.title}</h2>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reload}>
        {t.reload}
      </button>
    </section>
  );
}
