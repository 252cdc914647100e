import { NONE, containerKey } from './themeBoardIds';

/** A column of the board: a theme's wishes in order, or (container NONE) the unthemed ones. */
export interface BoardColumn {
  container: string;
  wishIds: readonly string[];
}

/** A wish's place: its theme (or NONE) and its index there. */
export interface Place {
  container: string;
  index: number;
}

/*
 * The drop targets (dnd-kit droppables) are the columns, by `containerKey`, and the wishes in
 * themes, by their ids. The wishes under no theme are not targets: list order rules there, so
 * the only place among them is the column itself.
 */

export function placeOf(columns: readonly BoardColumn[], wishId: string): Place | null {
  for (const { container, wishIds } of columns) {
    const index = wishIds.indexOf(wishId);
    if (index >= 0) return { container, index };
  }
  return null;
}

/**
 * Where a drop of `wishId` over the target `overId` puts it, even if that is where it is: before
 * the wish it is over, at the end of the theme it is over, or under no theme.
 */
export function landing(
  columns: readonly BoardColumn[],
  wishId: string,
  overId: string,
): Place | null {
  const from = placeOf(columns, wishId);
  const column = columns.find((c) => containerKey(c.container) === overId);
  const to = column ? { container: column.container, index: Infinity } : placeOf(columns, overId);
  if (!from || !to) return null;
  if (to.container === NONE) return { container: NONE, index: 0 };
  const others = sizeOf(columns, to.container) - (to.container === from.container ? 1 : 0);
  return { container: to.container, index: Math.min(to.index, others) };
}

/** Where a drop over `overId` moves the wish, or null when it stays where it is. */
export function destination(
  columns: readonly BoardColumn[],
  wishId: string,
  overId: string,
): Place | null {
  const from = placeOf(columns, wishId);
  const to = landing(columns, wishId, overId);
  if (!from || !to) return null;
  const stays =
    to.container === from.container && (to.container === NONE || to.index === from.index);
  return stays ? null : to;
}

/** How many wishes a theme holds once `wishId` has landed in it, to tell "place 2 of 3". */
export function sizeAfterLanding(
  columns: readonly BoardColumn[],
  wishId: string,
  container: string,
): number {
  const size = sizeOf(columns, container);
  return placeOf(columns, wishId)?.container === container ? size : size + 1;
}

const sizeOf = (columns: readonly BoardColumn[], container: string) =>
  columns.find((c) => c.container === container)?.wishIds.length ?? 0;

// The keyboard: a drag goes from target to target, in board order, one arrow key at a time.

/**
 * The targets a keyboard drag of `wishId` stops at, column by column: in a theme each of its
 * wishes (to go before it) and then its end; in the wish's own theme its wishes only, its own
 * place among them; under no theme the column.
 */
export function keyboardStops(columns: readonly BoardColumn[], wishId: string): string[][] {
  return columns.map(({ container, wishIds }) => {
    if (container === NONE) return [containerKey(NONE)];
    return wishIds.includes(wishId) ? [...wishIds] : [...wishIds, containerKey(container)];
  });
}

/** Where a keyboard drag of `wishId` starts: its own place (under no theme, that column). */
export function homeStop(columns: readonly BoardColumn[], wishId: string): string {
  const from = placeOf(columns, wishId);
  return from && from.container !== NONE ? wishId : containerKey(NONE);
}

export const ARROW_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;
export type ArrowKey = (typeof ARROW_KEYS)[number];
export const isArrowKey = (code: string): code is ArrowKey =>
  (ARROW_KEYS as readonly string[]).includes(code);

/**
 * The target an arrow key takes a keyboard drag of `wishId` to from `current`. Up and down go
 * one target at a time and on into the column before or after; left and right go one column at
 * a time, to the wish's own place in its own column and else to the column's end. At the ends
 * of the board it stays.
 */
export function nextStop(
  columns: readonly BoardColumn[],
  wishId: string,
  current: string,
  key: ArrowKey,
): string {
  const stops = keyboardStops(columns, wishId);
  const column = stops.findIndex((s) => s.includes(current));
  const here = stops[column];
  if (!here) return homeStop(columns, wishId);
  const at = here.indexOf(current);
  const before = stops[column - 1];
  const after = stops[column + 1];
  /** Where left and right land in a column. */
  const entry = (s: string[]) => (s.includes(wishId) ? wishId : (s.at(-1) ?? current));
  switch (key) {
    case 'ArrowUp':
      return here[at - 1] ?? before?.at(-1) ?? current;
    case 'ArrowDown':
      return here[at + 1] ?? after?.[0] ?? current;
    case 'ArrowLeft':
      return before ? entry(before) : current;
    case 'ArrowRight':
      return after ? entry(after) : current;
  }
}
