import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { count, isoDateTime, itemId, longText, shortText } from '../schemaParts';

/** Field schemas shared by the wishes and parking sections (same bounds as document.ts). */
export const idSchema = itemId;
export const isoTimeSchema = isoDateTime;
export const shortTextSchema = shortText;
/** Short text with at least one character. */
export const requiredShortTextSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(LIMITS.shortText));
export const longTextSchema = longText;
/** Groups are numbered from 1, as on the posters. */
export const groupSchema = count;

export const isValidId = (value: string): boolean => idSchema.safeParse(value).success;
export const isIsoTime = (value: string): boolean => isoTimeSchema.safeParse(value).success;
export const isGroupNumber = (value: number): boolean => groupSchema.safeParse(value).success;

/** The trimmed text clipped to `max`, or null when nothing but whitespace was typed. */
export function cleanText(text: string, max: number = LIMITS.shortText): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed.slice(0, max);
}

/** A copy of `list` with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = list.slice();
  next[index] = item;
  return next;
}
