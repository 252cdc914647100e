/**
 * Pages for a long list on the projector. The type never shrinks below what the back row
 * reads; a list that does not fit is split into pages of columns instead. Heights are
 * measured by the caller (any unit, the same for all).
 *
 * A list is chapters (a page holds one chapter and shows its title, e.g. the gallery's
 * »Styrker« and »Ønsker«), chapters are groups (a theme, a poster) with a heading, groups are
 * items (a wish). Items keep their order; a group that runs on into the next column shows its
 * heading again there; a group starts in a column only with its first two items (or all it
 * has), so a heading never ends a column with one item under it.
 */
export interface PagingGroup {
  /** Height of the group's heading; 0 when it has none. */
  heading: number;
  /** Height of the heading where the group runs on from the column before. */
  continuedHeading: number;
  /** What a piece of the group adds beyond its heading and items (its box's padding). */
  overhead: number;
  items: readonly number[];
}

export interface PagingChapter {
  /** Height of the title shown above the columns of each of the chapter's pages. */
  title: number;
  groups: readonly PagingGroup[];
}

export interface PagingInput {
  chapters: readonly PagingChapter[];
  /** Height a page has for a chapter's title and its columns. */
  height: number;
  /** Columns side by side on a page; at least 1. */
  columns: number;
  /** Space between two pieces in one column. */
  gap: number;
}

/** Items `from` (inclusive) to `to` (exclusive) of one group, in one column. */
export interface PagePiece {
  group: number;
  continued: boolean;
  from: number;
  to: number;
}

export interface ProjectorPage {
  chapter: number;
  columns: PagePiece[][];
}

/** The space a chapter's columns have: the page's height below its title. */
export function columnCapacity(input: Pick<PagingInput, 'height'>, chapter: PagingChapter) {
  return Math.max(0, input.height - chapter.title);
}

/**
 * Fills columns top to bottom and pages left to right, each column as full as it goes: an
 * item moves on only when it does not fit. An item taller than a whole column gets one to
 * itself (and runs past its foot) rather than being lost.
 */
export function paginate(input: PagingInput): ProjectorPage[] {
  const perPage = Math.max(1, Math.floor(input.columns));
  const pages: ProjectorPage[] = [];
  input.chapters.forEach((chapter, chapterIndex) => {
    const capacity = columnCapacity(input, chapter);
    let page: ProjectorPage = { chapter: chapterIndex, columns: [[]] };
    pages.push(page);
    let column = page.columns[0] as PagePiece[];
    let used = 0;
    const nextColumn = () => {
      if (page.columns.length >= perPage) {
        page = { chapter: chapterIndex, columns: [] };
        pages.push(page);
      }
      column = [];
      page.columns.push(column);
      used = 0;
    };
    chapter.groups.forEach((group, groupIndex) => {
      const gapBefore = () => (column.length > 0 ? input.gap : 0);
      const start = group.overhead + group.heading;
      // A group starts where its heading and its first two items fit (no lone first item).
      const opening = (group.items[0] ?? 0) + (group.items[1] ?? 0);
      if (column.length > 0 && used + input.gap + start + opening > capacity) {
        nextColumn();
      }
      let piece: PagePiece = { group: groupIndex, continued: false, from: 0, to: 0 };
      used += gapBefore() + start;
      column.push(piece);
      group.items.forEach((height, itemIndex) => {
        if (piece.to > piece.from && used + height > capacity) {
          nextColumn();
          piece = { group: groupIndex, continued: true, from: itemIndex, to: itemIndex };
          column.push(piece);
          used = group.overhead + group.continuedHeading;
        }
        piece.to = itemIndex + 1;
        used += height;
      });
    });
  });
  return pages;
}

/** The page to show of `count`: the one asked for, or the last when there are fewer. */
export function shownPage(asked: number, count: number): number {
  return Math.max(0, Math.min(Math.trunc(asked) || 0, count - 1));
}
