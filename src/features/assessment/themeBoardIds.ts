/** The container id of the wishes under no heading. */
export const NONE = '';
/** The index that places a wish last in its theme. */
export const LAST = Number.MAX_SAFE_INTEGER;
export const containerKey = (themeId: string) => `theme:${themeId}`;

/** A place a wish can be moved to: a theme, or no theme. */
export interface Option {
  id: string;
  name: string;
}

/** The id of a board control that keeps focus across moves: a theme's or a wish's. */
export const controlId = (kind: 'theme' | 'wish', owner: string, control: string) =>
  `theme-board-${kind}:${owner}:${control}`;
