/** Upper bounds that keep hostile or corrupt data from swelling the app. */
export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  listItems: 5_000,
  count: 100_000,
  /** Largest backup file we read. */
  importBytes: 20 * 1024 * 1024,
} as const;
