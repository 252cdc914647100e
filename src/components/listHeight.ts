import type { CSSProperties } from 'react';

/**
 * The placeholder height of a list or chunk of `rows` rows while the browser skips it off screen
 * (`content-visibility: auto`). Set on the element itself, not as an inherited custom property,
 * so a change of the count restyles that element and not each row.
 */
export function listHeight(rows: number): CSSProperties {
  return { containIntrinsicSize: `auto ${(rows * 2.6).toFixed(1)}rem` };
}
