import type { da } from './da';
import type { daCore } from './da/core';

/** The shape every language must fill: Danish is the reference. */
export type Dictionary = typeof da;
/** The sections the shell and the home page read, loaded first. */
export type CoreTexts = typeof daCore;
/** The rest, loaded when another page opens. */
export type PageTexts = Omit<Dictionary, keyof CoreTexts>;
