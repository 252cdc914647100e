import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, useMatch } from 'react-router-dom';
import { ShareState } from '../features/share/ShareState';
import { LANGUAGES, type Language } from '../i18n/languages';
import { ensureLanguage } from '../i18n/packs';
import { useT } from '../i18n/useT';
import { paths } from '../paths';
import { useAppStore } from '../store/store';
import { useUpdate } from './offline/updateState';

// Notices that are rarely shown load only when they are: another window on a newer version and
// stored records that failed validation (their texts are the shell's), and storage deleted
// under the app (the backup page's texts).
const NewerVersionNotice = lazy(async () => ({
  default: (await import('../features/sync/NewerVersionNotice')).NewerVersionNotice,
}));
const QuarantineBanner = lazy(async () => ({
  default: (await import('../features/backup/QuarantineBanner')).QuarantineBanner,
}));
const StorageLostNotice = lazy(async () => {
  const [module] = await Promise.all([
    import('../features/backup/StorageLostNotice'),
    ensureLanguage(useAppStore.getState().language),
  ]);
  return { default: module.StorageLostNotice };
});

function SaveIndicator() {
  const t = useT().common.save;
  const state = useAppStore((s) => s.saveState);
  return (
    <p
      className={`save-state save-${state}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
    >
      {t[state]}
    </p>
  );
}

function LanguageSwitch() {
  const t = useT().common;
  const language = useAppStore((s) => s.language);
  const languageChanged = useAppStore((s) => s.languageChanged);
  return (
    <label className="language-switch">
      <span>{t.language}</span>
      <select
        value={language}
        onChange={(e) => {
          const next = e.target.value as Language;
          void ensureLanguage(next).then(() => languageChanged(next));
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.languages[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Loaded only once a new version waits, with the service worker's code. */
const UpdateBanner = lazy(async () => ({
  default: (await import('./offline/UpdateBanner')).UpdateBanner,
}));

/** Header, navigation and the page; every route renders inside it. */
export function Shell() {
  const t = useT().common;
  const processId = useMatch('/proces/:processId/*')?.params.processId;
  const language = useAppStore((s) => s.language);
  const updateWaiting = useUpdate((s) => s.waiting !== null);
  const storageLost = useAppStore((s) => s.storageLost);
  const quarantined = useAppStore((s) => s.quarantine.length > 0);
  const newerVersion = useAppStore((s) => s.sync.newerVersion);
  return (
    <div className="shell" lang={language}>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <Link to={paths.home()} className="brand">
          {t.appName}
        </Link>
        <nav aria-label={t.appName}>
          <NavLink to={paths.home()} end>
            {t.nav.home}
          </NavLink>
          <NavLink to={paths.backup()}>{t.nav.backup}</NavLink>
        </nav>
        <SaveIndicator />
        {processId ? <ShareState processId={processId} /> : null}
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          {newerVersion ? <NewerVersionNotice /> : null}
          {updateWaiting ? <UpdateBanner /> : null}
          {storageLost ? <StorageLostNotice /> : null}
          {quarantined ? <QuarantineBanner /> : null}
        </Suspense>
        <Outlet />
      </main>
    </div>
  );
}
