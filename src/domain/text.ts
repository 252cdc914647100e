import { LIMITS } from './limits';

/** True when nothing but whitespace was typed. */
export const isBlank = (text: string): boolean => text.trim() === '';

export const clipShort = (text: string): string => text.slice(0, LIMITS.shortText);
export const clipLong = (text: string): string => text.slice(0, LIMITS.longText);
