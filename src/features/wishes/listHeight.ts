import type { CSSProperties } from 'react';

/**
 * The placeholder height of a long list while the browser skips it off screen
 * (`content-visibility: auto` in wishes.css): its rows' height. Set on the list itself, not as
 * an inherited custom property, so a change of the count restyles the list and not each row.
 */
export function listHeight(rows: number): CSSProperties {
  return { containIntrinsicSize: `auto ${(rows * 2.6).toFixed(1)}rem` };
}
