import { z } from 'zod';
import { LIMITS } from '../limits';

/** Field schemas shared by the wishes and parking sections (same bounds as document.ts). */
export const idSchema = z.string().min(1).max(100);
export const isoTimeSchema = z.iso.datetime({ offset: true });
export const shortTextSchema = z.string().max(LIMITS.shortText);
export const longTextSchema = z.string().max(LIMITS.longText);
/** Groups are numbered from 1, as on the posters. */
export const groupSchema = z.number().int().min(1).max(LIMITS.count);

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
