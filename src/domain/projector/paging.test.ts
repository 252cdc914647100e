import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnCapacity,
  paginate,
  shownPage,
  type PagePiece,
  type PagingGroup,
  type PagingInput,
} from './paging';

const group = (items: number[], heading = 0): PagingGroup => ({
  heading,
  continuedHeading: heading,
  overhead: 0,
  items,
});

const arbitraryInput: fc.Arbitrary<PagingInput> = fc.record({
  chapters: fc.array(
    fc.record({
      title: fc.integer({ min: 0, max: 60 }),
      groups: fc.array(
        fc.record({
          heading: fc.integer({ min: 0, max: 40 }),
          continuedHeading: fc.integer({ min: 0, max: 40 }),
          overhead: fc.integer({ min: 0, max: 10 }),
          items: fc.array(fc.integer({ min: 1, max: 250 }), { maxLength: 30 }),
        }),
        { maxLength: 8 },
      ),
    }),
    { maxLength: 3 },
  ),
  height: fc.integer({ min: 20, max: 600 }),
  columns: fc.integer({ min: 1, max: 4 }),
  gap: fc.integer({ min: 0, max: 12 }),
});

function pieceHeight(input: PagingInput, chapter: number, piece: PagePiece) {
  const g = input.chapters[chapter]!.groups[piece.group]!;
  const items = g.items.slice(piece.from, piece.to).reduce((sum, h) => sum + h, 0);
  return g.overhead + (piece.continued ? g.continuedHeading : g.heading) + items;
}

function columnHeight(input: PagingInput, chapter: number, column: PagePiece[]) {
  return (
    column.reduce((sum, piece) => sum + pieceHeight(input, chapter, piece), 0) +
    Math.max(0, column.length - 1) * input.gap
  );
}

describe('paginate (long lists on the projector)', () => {
  it('fills a column, then the next, then a new page', () => {
    const pages = paginate({
      chapters: [{ title: 10, groups: [group([30, 30, 30]), group([30, 30], 20)] }],
      height: 80,
      columns: 2,
      gap: 0,
    });
    expect(pages).toEqual([
      {
        chapter: 0,
        columns: [
          [{ group: 0, continued: false, from: 0, to: 2 }],
          // The second group's heading waits for the column where its first wish fits.
          [{ group: 0, continued: true, from: 2, to: 3 }],
        ],
      },
      {
        chapter: 0,
        columns: [
          [{ group: 1, continued: false, from: 0, to: 1 }],
          [{ group: 1, continued: true, from: 1, to: 2 }],
        ],
      },
    ]);
  });

  it('gives an item taller than a column a column of its own', () => {
    const pages = paginate({
      chapters: [{ title: 0, groups: [group([10, 500, 10])] }],
      height: 100,
      columns: 3,
      gap: 0,
    });
    expect(pages[0]!.columns.map((c) => c.map((p) => [p.from, p.to]))).toEqual([
      [[0, 1]],
      [[1, 2]],
      [[2, 3]],
    ]);
  });

  it('puts every item on exactly one page, in order, each chapter on pages of its own', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const pages = paginate(input);
        const seen = input.chapters.map((c) => c.groups.map(() => [] as number[]));
        let lastChapter = -1;
        for (const page of pages) {
          expect(page.chapter).toBeGreaterThanOrEqual(lastChapter);
          lastChapter = page.chapter;
          expect(page.columns.length).toBeGreaterThanOrEqual(1);
          expect(page.columns.length).toBeLessThanOrEqual(input.columns);
          for (const column of page.columns)
            for (const piece of column)
              for (let i = piece.from; i < piece.to; i++) seen[page.chapter]![piece.group]!.push(i);
        }
        input.chapters.forEach((chapter, c) => {
          expect(pages.some((p) => p.chapter === c)).toBe(true);
          chapter.groups.forEach((g, i) => {
            expect(seen[c]![i]).toEqual(g.items.map((_, index) => index));
          });
        });
      }),
    );
  });

  it('never overfills a column, unless one item alone is taller than it', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const page of paginate(input)) {
          const capacity = columnCapacity(input, input.chapters[page.chapter]!);
          for (const column of page.columns) {
            const items = column.reduce((n, p) => n + p.to - p.from, 0);
            if (items > 1)
              expect(columnHeight(input, page.chapter, column)).toBeLessThanOrEqual(capacity);
            // A heading is never left at the foot of a column without its first item.
            for (const piece of column) {
              const size = input.chapters[page.chapter]!.groups[piece.group]!.items.length;
              if (size > 0) expect(piece.to).toBeGreaterThan(piece.from);
              expect(piece.continued).toBe(piece.from > 0);
            }
          }
        }
      }),
    );
  });

  it('starts a group only where its first two items fit', () => {
    const pages = paginate({
      chapters: [{ title: 0, groups: [group([40, 40]), group([10, 30, 10], 10)] }],
      height: 100,
      columns: 2,
      gap: 0,
    });
    // Heading and first item would fit under the first group (80 + 20), not with the second.
    expect(pages[0]!.columns.map((c) => c.map((p) => p.group))).toEqual([[0], [1]]);
  });

  it('moves an item or a group to the next column only when it does not fit', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const pages = paginate(input);
        const columns = pages.flatMap((p) =>
          p.columns.map((column) => ({ chapter: p.chapter, column })),
        );
        for (let i = 0; i + 1 < columns.length; i++) {
          const { chapter, column } = columns[i]!;
          const next = columns[i + 1]!;
          if (next.chapter !== chapter || column.length === 0) continue;
          const first = next.column[0]!;
          const g = input.chapters[chapter]!.groups[first.group]!;
          const extra = first.continued
            ? g.items[first.from]!
            : input.gap + g.overhead + g.heading + (g.items[0] ?? 0) + (g.items[1] ?? 0);
          const capacity = columnCapacity(input, input.chapters[chapter]!);
          expect(columnHeight(input, chapter, column) + extra).toBeGreaterThan(capacity);
        }
      }),
    );
  });
});

describe('shownPage', () => {
  it('shows the page asked for, or the last there is', () => {
    expect(shownPage(1, 3)).toBe(1);
    expect(shownPage(7, 3)).toBe(2);
    expect(shownPage(0, 0)).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        (asked, count) => {
          const page = shownPage(asked, count);
          expect(page).toBeGreaterThanOrEqual(0);
          expect(page).toBeLessThan(count);
        },
      ),
    );
  });
});
