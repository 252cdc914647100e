import { useAppStore, type Language } from '../store/store';
import type { Dictionary } from './dictionary';
import { usePacks } from './packs';

/** The current language's dictionary (Danish until another language has loaded). */
export function useT(): Dictionary {
  const language = useAppStore((s) => s.language);
  const dictionary = usePacks((packs) => packs[language] ?? packs.da);
  if (!dictionary) throw new Error('The Danish dictionary is always loaded');
  return dictionary;
}

export function useLanguage(): Language {
  return useAppStore((s) => s.language);
}
