/**
 * The languages the app has texts for. The store keeps the user's choice with its own type
 * (the store may not import i18n); the app layer hands one to the other, so the compiler
 * checks both ways that they agree.
 */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
