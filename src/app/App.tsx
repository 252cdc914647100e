import { loadingText } from '../i18n/loadingText';
import { LanguageProvider, useDictionaryReady, useLanguage, useT } from '../i18n/useT';
import { ChangedElsewhereContext } from '../components/changedElsewhere';
import { DraftStoreContext, type DraftStore } from '../components/keptDraft';
import { draftDropped, draftTyped, keptDraft } from '../store/drafts';
import { changedElsewhere, useAppStore } from '../store/store';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './router';

/** Where the fields keep what is typed and not committed (`store/drafts.ts`). */
const drafts: DraftStore = { found: keptDraft, typed: draftTyped, dropped: draftDropped };

/** The user's language choice (kept in the store) is what every text below reads. */
export function App() {
  const language = useAppStore((s) => s.language);
  return (
    <LanguageProvider value={language}>
      <ChangedElsewhereContext.Provider value={changedElsewhere}>
        <DraftStoreContext.Provider value={drafts}>
          <LoadingApp />
        </DraftStoreContext.Provider>
      </ChangedElsewhereContext.Provider>
    </LanguageProvider>
  );
}

/** Nothing is editable until the stored data (and the texts) are loaded. */
function LoadingApp() {
  const hydrated = useAppStore((s) => s.hydrated);
  const ready = useDictionaryReady();
  const loading = (
    <p className="loading" role="status">
      {loadingText[useLanguage()]}
    </p>
  );
  if (!hydrated || !ready) return loading;
  return <LoadedApp loading={loading} />;
}

function LoadedApp({ loading }: { loading: React.ReactNode }) {
  const t = useT().common;
  return (
    <ErrorBoundary
      fallback={(reload) => (
        <main className="crash">
          <h1>{t.crash.title}</h1>
          <p>{t.crash.body}</p>
          <button type="button" className="button primary" onClick={reload}>
            {t.crash.reload}
          </button>
        </main>
      )}
    >
      <AppRoutes fallback={loading} />
    </ErrorBoundary>
  );
}
