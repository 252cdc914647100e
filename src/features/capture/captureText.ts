import { LIMITS } from '../../domain/limits';
import type { Dictionary } from '../../i18n/dictionary';

type CaptureTexts = Dictionary['capture'];

/** The message for a line the user is about to add, or null when it may be added. */
export function lineProblem(t: CaptureTexts, text: string): string | null {
  if (text.trim() === '') return t.validation.empty;
  if (text.trim().length > LIMITS.shortText) return t.validation.tooLong(LIMITS.shortText);
  return null;
}
