import { z } from 'zod/mini';
import { LIMITS } from './limits';

/**
 * Zod building blocks shared by every section's schema. zod/mini keeps the validation
 * code that the entry bundle needs (stored documents are checked on load) small.
 */
export const shortText = z.string().check(z.maxLength(LIMITS.shortText));
export const longText = z.string().check(z.maxLength(LIMITS.longText));
export const itemId = z.string().check(z.minLength(1), z.maxLength(100));
export const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar date 'yyyy-MM-dd'. */
export const isoDate = z.iso.date();
/** A calendar date 'yyyy-MM-dd', or '' while not set. */
export const optionalDate = z.union([z.literal(''), z.iso.date()]);
/** A meeting's local date and time 'yyyy-MM-ddTHH:mm', or '' while not planned. */
export const localDateTime = z.union([
  z.literal(''),
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)),
]);
/** A whole number ≥ 1, such as a head count. */
export const count = z.int().check(z.minimum(1), z.maximum(LIMITS.count));
/** A whole number ≥ 0 within bounds. */
export const wholeNumber = (min: number, max: number) =>
  z.int().check(z.minimum(min), z.maximum(max));
export const amount = z.number().check(z.minimum(0), z.maximum(1e9));

/** An array of at most `max` (by default LIMITS.listItems) items. */
export const list = <S extends z.ZodMiniType>(item: S, max: number = LIMITS.listItems) =>
  z.array(item).check(z.maxLength(max));
export const idList = list(itemId);

/** An object with exactly these keys, each of the same schema. */
export const recordOf = <K extends string, S extends z.ZodMiniType>(keys: readonly K[], value: S) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>);
