import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { themedList } from '../../domain/wishes/themes';
import { useT } from '../../i18n/useT';
import { useWishesCommand, useWishesViews, type Attempt } from '../common/useWishes';
import { CreateTheme } from './CreateTheme';
import { ThemeColumn } from './ThemeColumn';
import { NONE, type Option } from './themeBoardIds';
import { useThemeBoardDnd } from './useThemeBoardDnd';
import { WishPreview } from './WishPreview';
import { FieldError } from '../../components/FieldError';

/** Themes: create, rename, reorder; move wishes between them by drag and drop or keyboard. */
export function ThemeBoard() {
  const tw = useT().wishes;
  const refused = useT().refused;
  const t = tw.themeBoard;
  const { section, rows } = useWishesViews();
  const command = useWishesCommand();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const groups = useMemo(() => themedList(section, rows), [section, rows]);
  const texts = useMemo(
    () => new Map(groups.flatMap((g) => g.rows.map((r) => [r.wish.id, r.wish.text] as const))),
    [groups],
  );
  // Keyed on the themes' ids and names, not on the themes (whose wish lists change with
  // every move), so the memoised rows keep the same options.
  const optionsKey = JSON.stringify(section.themes.map((th) => [th.id, th.name]));
  const options: Option[] = useMemo(
    () => [
      { id: NONE, name: t.noTheme },
      ...(JSON.parse(optionsKey) as [string, string][]).map(([id, name]) => ({ id, name })),
    ],
    [optionsKey, t.noTheme],
  );
  const nameOf = useCallback(
    (container: string) => options.find((o) => o.id === container)?.name ?? t.noTheme,
    [options, t.noTheme],
  );

  const report = useCallback(
    (result: Attempt, success: string) => {
      setError(result.ok ? null : refused[result.reason]);
      if (result.ok) setMessage(success);
      return result.ok;
    },
    [refused],
  );

  // Kept stable across changes so the memoised rows do not all re-render after each move.
  const latest = useRef({ texts, nameOf, report });
  useEffect(() => {
    latest.current = { texts, nameOf, report };
  });
  const move = useCallback(
    (wishId: string, container: string, index: number) => {
      const { texts: textOf, nameOf: themeName, report: tell } = latest.current;
      const result =
        container === NONE
          ? command({ type: 'wishUnthemed', wishId })
          : command({ type: 'wishThemed', wishId, themeId: container, index });
      return tell(result, t.moved(textOf.get(wishId) ?? '', themeName(container)));
    },
    [command, t],
  );

  const { activeId, accessibility, ...dndHandlers } = useThemeBoardDnd(groups, texts, nameOf, move);

  return (
    <section className="card theme-board" aria-labelledby={id}>
      <h2 id={id}>{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <CreateTheme report={report} />
      <FieldError message={error} />
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {section.themes.length === 0 ? <p className="empty">{t.noThemes}</p> : null}
      <DndContext {...dndHandlers} accessibility={accessibility}>
        <div className="theme-columns">
          {groups.map((group, themeIndex) => (
            <ThemeColumn
              key={group.theme?.id ?? 'none'}
              container={group.theme?.id ?? NONE}
              name={group.theme?.name ?? t.noTheme}
              themeIndex={group.theme ? themeIndex : -1}
              themeCount={section.themes.length}
              rows={group.rows.map((r) => r.wish.id)}
              texts={texts}
              totals={group.rows.map((r) => r.total)}
              options={options}
              onMove={move}
              report={report}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {activeId ? (
            <WishPreview
              text={texts.get(activeId) ?? ''}
              total={groups.flatMap((g) => g.rows).find((r) => r.wish.id === activeId)?.total ?? 0}
            />
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  );
}
