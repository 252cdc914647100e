import { format } from 'date-fns';
import { da, enGB } from 'date-fns/locale';
import { useLanguage } from './useT';

const locales = { da, en: enGB };

/** Formats dates with date-fns in the current language (kept apart so pages load it, not the shell). */
export function useFormatDate(): (date: Date, pattern: string) => string {
  const locale = locales[useLanguage()];
  return (date, pattern) => format(date, pattern, { locale });
}
