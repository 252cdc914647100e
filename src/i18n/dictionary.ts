import type { da } from './da';

/** The shape every language must fill: Danish is the reference. */
export type Dictionary = typeof da;
