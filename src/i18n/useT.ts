import { createContext, useContext } from 'react';
import type { Dictionary } from './dictionary';
import type { Language } from './languages';
import { usePacks } from './packs';

const LanguageContext = createContext<Language>('da');

/**
 * The current language, given by the app (which reads the user's choice from the store).
 * Outside a provider (component tests) the texts are Danish, the app's default.
 */
export const LanguageProvider = LanguageContext.Provider;

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The current language's dictionary; the app renders pages only once it has loaded. */
export function useT(): Dictionary {
  const language = useLanguage();
  const dictionary = usePacks((packs) => packs[language] ?? packs.da);
  if (!dictionary) throw new Error('useT() before the dictionary was loaded');
  return dictionary;
}

/** Whether the current language's dictionary is ready. */
export function useDictionaryReady(): boolean {
  const language = useLanguage();
  return usePacks((packs) => packs[language] !== undefined);
}
