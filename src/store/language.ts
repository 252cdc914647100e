import { useAppStore, type Language } from './store';

const KEY = 'apv-dialog-language';

/** The language choice is a device preference, kept in localStorage rather than a document. */
export function startLanguagePreference(): void {
  const stored = readStored();
  if (stored) useAppStore.setState({ language: stored });
  useAppStore.subscribe((state, prev) => {
    if (state.language !== prev.language) {
      try {
        localStorage.setItem(KEY, state.language);
      } catch {
        // Private mode or full storage: the choice lasts for this visit only.
      }
    }
  });
}

function readStored(): Language | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'da' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}
