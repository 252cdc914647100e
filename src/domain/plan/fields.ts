import { isValid, parseISO } from 'date-fns';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written 'yyyy-MM-dd' (2027-02-30 is not one). */
export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && isValid(parseISO(value));
}

/** '' (not set yet) or a real 'yyyy-MM-dd' date. */
export function isOptionalDate(value: string): boolean {
  return value === '' || isLocalDate(value);
}

/** Replaces the item with `id` by `change(item)`. */
export function replaceById<T extends { id: string }>(
  items: T[],
  id: string,
  change: (item: T) => T,
): T[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

/**
 * Shallow equality of two records, comparing arrays element by element: lets reducers
 * return the same reference when an edit changes nothing.
 */
export function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}
