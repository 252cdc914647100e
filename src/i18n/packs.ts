import { create } from 'zustand';
import type { Language } from '../store/store';
import { da } from './da';
import type { Dictionary } from './dictionary';

/** The dictionaries loaded so far; Danish is always there, English loads on demand. */
export const usePacks = create<Partial<Record<Language, Dictionary>>>(() => ({ da }));

export async function ensureLanguage(language: Language): Promise<void> {
  if (usePacks.getState()[language]) return;
  const { en } = await import('./en');
  usePacks.setState({ en });
}
