/** Why an event on the wishes section was refused; the UI maps each to a message. */
export const WISHES_REJECTIONS = [
  'invalidId',
  'duplicateId',
  'invalidTime',
  'listFull',
  'unknownStrength',
  'unknownWish',
  'unknownMerge',
  'unknownTheme',
  'emptyText',
  'invalidGroup',
  'wishRemoved',
  'wishNotRemoved',
  'wishMerged',
  'nothingToMerge',
  'duplicateSource',
  'mergeIntoSelf',
  'mergeIntoRemoved',
  'mergeIntoMerged',
  'notANumber',
  'notWholeNumber',
  'negativeCount',
  'countTooLarge',
  'moreThanRoomHas',
  'targetOutOfRange',
  'missingReason',
  'emptyThemeName',
  'duplicateThemeName',
  'invalidPosition',
] as const;
export type WishesRejection = (typeof WISHES_REJECTIONS)[number];

/** Operations return the next section, or the reason they refused. */
export type WishesOutcome<S> = S | WishesRejection;
