import type { CSSProperties } from 'react';

/**
 * The placeholder height of a list or chunk of `rows` rows while the browser skips it off screen
 * (`content-visibility: auto`). Set on the element itself, not as an inherited custom property,
 * so a change of the count restyles that element and not each row.
 */
export function listHeight(rows: number): CSSProperties {
  return { containIntrinsicSize: `auto ${rowsRem(rows)}` };
}

/** The height of a chunk whose rows are not built yet. */
export function placeholderHeight(rows: number): CSSProperties {
  return { minHeight: rowsRem(rows) };
}

const rowsRem = (rows: number) => `${(rows * 2.6).toFixed(1)}rem`;
