import type { wishesDa } from '../da/wishes';

export const wishesEn: typeof wishesDa = {};
