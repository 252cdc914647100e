import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import {
  paginate,
  shownPage,
  type PagingChapter,
  type ProjectorPage,
} from '../../domain/projector/paging';
import { useLanguage, useT } from '../../i18n/useT';
import { useProjectorPaging } from './projectorPaging';
import './pagedBoard.css';

export interface PagedItem {
  key: string;
  node: ReactNode;
  className?: string;
}

export interface PagedGroup {
  key: string;
  /** The group's heading; `continued` where it runs on from the column before. Null: none. */
  heading: ((continued: boolean) => ReactNode) | null;
  items: PagedItem[];
  className?: string;
}

export interface PagedChapter {
  key: string;
  /** Shown above the columns of each of the chapter's pages, which it names as a region. */
  title: ReactNode;
  groups: PagedGroup[];
  className?: string;
}

interface PagedBoardProps {
  /** Shown above every page (the view's title). */
  header: ReactNode;
  chapters: PagedChapter[];
  /** Changes whenever the chapters' content does, so the pages are made again. */
  contentKey: string;
  /** Narrowest column, in em of the board's type; as many columns as fit side by side. */
  minColumnEm: number;
  maxColumns?: number;
  className?: string;
  testId?: string;
  /** The element of each group's piece: `article` for a poster, `section` for a theme. */
  groupTag?: 'section' | 'article';
}

interface Layout {
  key: string;
  columns: number;
  pages: ProjectorPage[];
}

const px = (value: string) => parseFloat(value) || 0;
const height = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);

/**
 * A projector view whose list pages instead of shrinking: the type stays at its size, the
 * list is laid out once hidden to measure every heading and item at the column width, and
 * `paginate` makes pages that fit the screen. The page shown is the one the controller
 * turned to (`useProjectorPaging`); the page count goes back the same way.
 */
export function PagedBoard({
  header,
  chapters,
  contentKey,
  minColumnEm,
  maxColumns = Number.POSITIVE_INFINITY,
  className = '',
  testId,
  groupTag = 'section',
}: PagedBoardProps) {
  const titleId = useId();
  const language = useLanguage();
  const { page: asked, onPages } = useProjectorPaging();
  const body = useRef<HTMLDivElement>(null);
  const measurer = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState('');
  const [layout, setLayout] = useState<Layout | null>(null);
  const key = `${language}|${size}|${minColumnEm}|${maxColumns}|${contentKey}`;
  const measuring = layout?.key !== key;

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const read = () => setSize(`${el.clientWidth}x${el.clientHeight}`);
    read();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', read);
      return () => window.removeEventListener('resize', read);
    }
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (!measuring) return;
    const box = body.current;
    const root = measurer.current;
    if (!box || !root) return;
    const columnsBox = root.querySelector<HTMLElement>('.pp-columns');
    const column = root.querySelector<HTMLElement>('.pp-column');
    if (!columnsBox || !column) return;
    const fontSize = px(getComputedStyle(root).fontSize);
    const columnGap = px(getComputedStyle(columnsBox).columnGap);
    const width = box.clientWidth;
    const fit = Math.floor((width + columnGap) / (minColumnEm * fontSize + columnGap));
    const columns = Math.max(1, Math.min(maxColumns, Number.isFinite(fit) ? fit : 1));
    column.style.width = `${Math.max(0, (width - (columns - 1) * columnGap) / columns)}px`;
    const input: PagingChapter[] = chapters.map((chapter, c) => ({
      title: height(root.querySelector(`[data-pp-title="${c}"]`)),
      groups: chapter.groups.map((_, g) => {
        const piece = column.querySelector(`[data-pp-group="${c}-${g}"]`);
        const heading = height(piece?.querySelector('.pp-heading') ?? null);
        const items = [...(piece?.querySelectorAll(':scope > .pp-items > li') ?? [])].map(height);
        const sum = items.reduce((total, h) => total + h, 0);
        return {
          heading,
          continuedHeading: height(
            column.querySelector(`[data-pp-continued="${c}-${g}"] .pp-heading`),
          ),
          overhead: Math.max(0, height(piece ?? null) - heading - sum),
          items,
        };
      }),
    }));
    // A hair under the measured space, so rounding never pushes the last line out.
    const pages = paginate({
      chapters: input,
      height: Math.max(0, box.clientHeight - 1),
      columns,
      gap: px(getComputedStyle(column).rowGap),
    });
    setLayout({ key, columns, pages });
  }, [measuring, key, chapters, minColumnEm, maxColumns]);

  const pages = layout?.pages ?? [];
  const count = Math.max(1, pages.length);
  useEffect(() => {
    if (!measuring) onPages(count);
  }, [measuring, count, onPages]);

  const current = measuring ? undefined : pages[shownPage(asked, pages.length)];
  const chapter = current ? chapters[current.chapter] : undefined;
  return (
    <div className={`pp ${className}`} data-testid={testId}>
      <div className="pp-header">{header}</div>
      <div className="pp-body" ref={body}>
        {current && chapter ? (
          <section
            className={`pp-page ${chapter.className ?? ''}`}
            data-testid="paged-page"
            aria-labelledby={chapter.title ? titleId : undefined}
          >
            {chapter.title ? (
              <div className="pp-chapter" id={titleId}>
                {chapter.title}
              </div>
            ) : null}
            <div
              className="pp-columns"
              style={{ gridTemplateColumns: `repeat(${layout?.columns ?? 1}, minmax(0, 1fr))` }}
            >
              {current.columns.map((pieces, i) => (
                <div className="pp-column" key={i}>
                  {pieces.map((piece) => {
                    const group = chapter.groups[piece.group];
                    return group ? (
                      <Piece
                        key={`${group.key}-${piece.from}`}
                        tag={groupTag}
                        group={group}
                        continued={piece.continued}
                        items={group.items.slice(piece.from, piece.to)}
                      />
                    ) : null;
                  })}
                </div>
              ))}
            </div>
          </section>
        ) : null}
        {measuring ? (
          <div className="pp-measure" ref={measurer} aria-hidden="true">
            {chapters.map((c, i) => (
              <div className={c.className} key={c.key}>
                <div className="pp-chapter" data-pp-title={i}>
                  {c.title}
                </div>
              </div>
            ))}
            <div className="pp-columns">
              <div className="pp-column">
                {chapters.map((c, i) => (
                  <div key={c.key} className={c.className}>
                    {c.groups.map((group, g) => (
                      <div key={group.key} className="pp-measure-group">
                        <Piece
                          tag={groupTag}
                          group={group}
                          continued={false}
                          items={group.items}
                          mark={`${i}-${g}`}
                        />
                        <Piece
                          tag={groupTag}
                          group={group}
                          continued
                          items={[]}
                          continuedMark={`${i}-${g}`}
                        />
                      </div>
                    ))}
                  </div>
                ))}
              </div>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function Piece({
  tag: Tag,
  group,
  continued,
  items,
  mark,
  continuedMark,
}: {
  tag: 'section' | 'article';
  group: PagedGroup;
  continued: boolean;
  items: PagedItem[];
  mark?: string;
  continuedMark?: string;
}) {
  const id = useId();
  return (
    <Tag
      className={`pp-group ${group.className ?? ''}`}
      data-pp-group={mark}
      data-pp-continued={continuedMark}
      aria-labelledby={group.heading ? id : undefined}
    >
      {group.heading ? (
        <div className="pp-heading" id={id}>
          {group.heading(continued)}
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="pp-items">
          {items.map((item) => (
            <li key={item.key} className={item.className}>
              {item.node}
            </li>
          ))}
        </ul>
      ) : null}
    </Tag>
  );
}

/** »Tema (fortsat)«: a heading where its group runs on from the column before. */
export function Continued({ continued }: { continued: boolean }) {
  const t = useT().meeting.screen;
  return continued ? <span className="pp-continued"> ({t.continued})</span> : null;
}
