import { useAppStore, type Language } from '../store/store';
import type { Dictionary } from './dictionary';
import { usePacks } from './packs';

/** The current language's dictionary; the app renders pages only once it has loaded. */
export function useT(): Dictionary {
  const language = useAppStore((s) => s.language);
  const dictionary = usePacks((packs) => packs[language] ?? packs.da);
  if (!dictionary) throw new Error('useT() before the dictionary was loaded');
  return dictionary;
}

/** Whether the current language's dictionary is ready. */
export function useDictionaryReady(): boolean {
  const language = useAppStore((s) => s.language);
  return usePacks((packs) => packs[language] !== undefined);
}

export function useLanguage(): Language {
  return useAppStore((s) => s.language);
}
