import { create } from 'zustand';
import type { Language } from './languages';
import type { CoreTexts, Dictionary, PageTexts } from './dictionary';

const loaders: Record<
  Language,
  { core: () => Promise<CoreTexts>; pages: () => Promise<PageTexts> }
> = {
  da: {
    core: async () => (await import('./da/core')).daCore,
    pages: async () => (await import('./da/pages')).daPages,
  },
  en: {
    core: async () => (await import('./en/core')).enCore,
    pages: async () => (await import('./en/pages')).enPages,
  },
};

/**
 * The dictionaries loaded so far. They load beside the stored data while the app shows its
 * loading state, which keeps the entry bundle the same size however much text the app has.
 * A language's core sections (shell and home page) come first; the app renders once they are
 * in, and every other page waits for the rest (`ensureLanguage`, app/router.tsx), so a page
 * never reads a section that is not there.
 */
export const usePacks = create<Partial<Record<Language, Dictionary>>>(() => ({}));

const loading = new Map<string, Promise<void>>();

function ensurePart(language: Language, part: 'core' | 'pages'): Promise<void> {
  const key = `${language}:${part}`;
  let done = loading.get(key);
  if (!done) {
    done = loaders[language][part]().then((texts) =>
      usePacks.setState((packs) => ({
        [language]: { ...packs[language], ...texts } as Dictionary,
      })),
    );
    loading.set(key, done);
  }
  return done;
}

/** The shell's and the home page's texts in this language. */
export function ensureCoreTexts(language: Language): Promise<void> {
  return ensurePart(language, 'core');
}

/** Every text in this language. */
export async function ensureLanguage(language: Language): Promise<void> {
  await Promise.all([ensurePart(language, 'core'), ensurePart(language, 'pages')]);
}
