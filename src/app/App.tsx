import { useT } from '../i18n/useT';
import { useAppStore } from '../store/store';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './router';

/** Nothing is editable until the stored data is loaded: the gate shows a loading state. */
export function App() {
  const t = useT().common;
  const hydrated = useAppStore((s) => s.hydrated);
  const loading = (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
  if (!hydrated) return loading;
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
