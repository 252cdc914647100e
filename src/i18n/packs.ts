import { create } from 'zustand';
import type { Language } from './languages';
import type { Dictionary } from './dictionary';

const loaders: Record<Language, () => Promise<Dictionary>> = {
  da: async () => (await import('./da')).da,
  en: async () => (await import('./en')).en,
};

/**
 * The dictionaries loaded so far. They load beside the stored data while the app shows its
 * loading state, which keeps the entry bundle the same size however much text the app has.
 */
export const usePacks = create<Partial<Record<Language, Dictionary>>>(() => ({}));

export async function ensureLanguage(language: Language): Promise<void> {
  if (usePacks.getState()[language]) return;
  const dictionary = await loaders[language]();
  usePacks.setState({ [language]: dictionary });
}
