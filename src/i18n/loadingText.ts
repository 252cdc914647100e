import type { Language } from './languages';

/** The one text shown before the dictionaries have loaded. */
export const loadingText: Record<Language, string> = {
  da: 'Henter dine data …',
  en: 'Loading your data …',
};
