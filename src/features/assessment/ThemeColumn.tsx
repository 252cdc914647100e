import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useId } from 'react';
import { useT } from '../../i18n/useT';
import { ChunkedList } from '../../components/ChunkedList';
import type { Attempt } from '../common/useWishes';
import { ThemeHeader } from './ThemeHeader';
import { ThemeWish } from './ThemeWish';
import { NONE, containerKey, type Option } from './themeBoardIds';

interface ThemeColumnProps {
  container: string;
  name: string;
  /** Position among the themes; -1 for the wishes under no theme. */
  themeIndex: number;
  themeCount: number;
  rows: string[];
  totals: number[];
  texts: Map<string, string>;
  options: Option[];
  onMove: (wishId: string, container: string, index: number) => boolean;
  report: (result: Attempt, success: string) => boolean;
}

/** A wish under no theme, as its row shows it. */
interface ListedWish {
  wishId: string;
  text: string;
  total: number;
}
const wishKey = (wish: ListedWish) => wish.wishId;
const sameWish = (a: ListedWish, b: ListedWish) =>
  a.wishId === b.wishId && a.text === b.text && a.total === b.total;

/** One theme's column, or the wishes under no theme: a drop target holding its wishes. */
export function ThemeColumn({
  container,
  name,
  themeIndex,
  themeCount,
  rows,
  totals,
  texts,
  options,
  onMove,
  report,
}: ThemeColumnProps) {
  const t = useT().wishes.themeBoard;
  const headingId = useId();
  const { setNodeRef, isOver, over } = useDroppable({ id: containerKey(container) });
  const isTheme = container !== NONE;
  // Lit while a drag is over the column or over one of its wishes.
  const lit = isOver || (isTheme && over !== null && rows.includes(String(over.id)));
  const unthemed = isTheme
    ? []
    : rows.map((wishId, index): ListedWish => ({
        wishId,
        text: texts.get(wishId) ?? '',
        total: totals[index] ?? 0,
      }));
  const renderUnthemed = useCallback(
    ({ wishId, text, total }: ListedWish) => (
      <ThemeWish
        wishId={wishId}
        text={text}
        total={total}
        container={NONE}
        index={0}
        count={0}
        options={options}
        onMove={onMove}
        sortable={false}
      />
    ),
    [options, onMove],
  );

  return (
    <section
      ref={setNodeRef}
      className={`theme-column${lit ? ' over' : ''}${isTheme ? '' : ' unthemed'}`}
      aria-labelledby={headingId}
    >
      <ThemeHeader
        container={container}
        name={name}
        headingId={headingId}
        count={rows.length}
        themeIndex={themeIndex}
        themeCount={themeCount}
        report={report}
      />
      {!isTheme ? (
        <ChunkedList
          className="theme-wishes"
          items={unthemed}
          keyOf={wishKey}
          same={sameWish}
          renderItem={renderUnthemed}
        />
      ) : (
        // Not chunked: a theme holds a handful of wishes, and while sorting, its rows shift by
        // transforms that a chunk (which clips what it holds) would cut off at its edges.
        <SortableContext items={rows} strategy={verticalListSortingStrategy}>
          {rows.length === 0 ? (
            <p className="empty theme-empty">{t.emptyTheme}</p>
          ) : (
            <div role="list" className="theme-wishes">
              {rows.map((wishId, index) => (
                <ThemeWish
                  key={wishId}
                  wishId={wishId}
                  text={texts.get(wishId) ?? ''}
                  total={totals[index] ?? 0}
                  container={container}
                  index={index}
                  count={rows.length}
                  options={options}
                  onMove={onMove}
                  sortable
                />
              ))}
            </div>
          )}
        </SortableContext>
      )}
    </section>
  );
}
