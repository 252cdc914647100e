/**
 * The one contract of every reducer: `(section, event) => section | Rejection`. A rejection
 * is a string naming why the event changed nothing; a section is always an object, so the
 * two cannot be mistaken. Returning the same section (by reference) means "accepted, nothing
 * to change".
 */
export type Outcome<S extends object, R extends string> = S | R;

export const isRejection = <R extends string>(outcome: object | R): outcome is R =>
  typeof outcome === 'string';

/** Rejections of the event path itself, before any section sees the event. */
export const PATH_REJECTIONS = [
  'unknownProcess',
  'unknownEvent',
  'invalidEvent',
  /** The process is shared with this device by a read-only link. */
  'readOnly',
] as const;
export type PathRejection = (typeof PATH_REJECTIONS)[number];
