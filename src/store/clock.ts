/** The store's only sources of time and identity, so that tests can replace them. */
export const clock = {
  now: (): Date => new Date(),
  newId: (): string => crypto.randomUUID(),
  /** Ids of log entries and windows, apart from `newId` so that tests can pin document ids. */
  entryId: (): string => crypto.randomUUID(),
};
