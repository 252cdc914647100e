import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FormEvent,
} from 'react';
import { themedList } from '../../domain/wishes/themes';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../process/ProcessContext';
import { useWishesCommand, type Attempt } from '../wishes/useWishes';

/** The container id of the wishes under no heading. */
const NONE = '';
const LAST = Number.MAX_SAFE_INTEGER;
const containerKey = (themeId: string) => `theme:${themeId}`;

interface Place {
  container: string;
  index: number;
}

interface Option {
  id: string;
  name: string;
}

// Module constants: new option objects would give new sensors, and with them a new dnd-kit
// context that re-renders every draggable row after each change.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

/** Where the pointer is, when there is a pointer; the nearest place for the keyboard. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : closestCenter(args);
};

/** The id of a board control that keeps focus across moves: a theme's or a wish's. */
const controlId = (kind: 'theme' | 'wish', owner: string, control: string) =>
  `theme-board-${kind}:${owner}:${control}`;

/**
 * Restores focus to a control after its row moved (React moves or remounts the node). By id,
 * not by selector: a selector query walks the whole 1,000-row board.
 */
function refocus(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !element.hasAttribute('disabled')) {
        element.focus();
        return;
      }
    }
  });
}

/** Themes: create, rename, reorder; move wishes between them by drag and drop or keyboard. */
export function ThemeBoard() {
  const tw = useT().wishes;
  const t = tw.themeBoard;
  const { process } = useCurrentProcess();
  const section = process.wishes;
  const command = useWishesCommand();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const groups = useMemo(() => themedList(section), [section]);
  const places = useMemo(() => {
    const map = new Map<string, Place>();
    for (const group of groups)
      group.rows.forEach((row, index) =>
        map.set(row.wish.id, { container: group.theme?.id ?? NONE, index }),
      );
    return map;
  }, [groups]);
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
      setError(result.ok ? null : tw.rejections[result.reason]);
      if (result.ok) setMessage(success);
      return result.ok;
    },
    [tw],
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

  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const targetOf = (overId: string): Place | null => {
    if (overId.startsWith('theme:')) return { container: overId.slice(6), index: LAST };
    return places.get(overId) ?? null;
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const wishId = String(active.id);
    const from = places.get(wishId);
    const to = targetOf(String(over.id));
    if (!from || !to) return;
    if (to.container === NONE && from.container === NONE) return;
    if (to.container === from.container && to.index === from.index) return;
    move(wishId, to.container, to.index);
  };

  const describe = (overId: string | number | undefined) => {
    if (overId === undefined) return '';
    const target = targetOf(String(overId));
    return target ? nameOf(target.container) : '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t.dnd.picked(texts.get(String(active.id)) ?? ''),
    onDragOver: ({ active, over }) =>
      over ? t.dnd.over(texts.get(String(active.id)) ?? '', describe(over.id)) : undefined,
    onDragEnd: ({ active }) => t.dnd.dropped(texts.get(String(active.id)) ?? ''),
    onDragCancel: ({ active }) => t.dnd.cancelled(texts.get(String(active.id)) ?? ''),
  };

  return (
    <section className="card theme-board" aria-labelledby={id}>
      <h2 id={id}>{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <CreateTheme report={report} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {section.themes.length === 0 ? <p className="empty">{t.noThemes}</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t.dnd.instructions },
        }}
      >
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
      </DndContext>
    </section>
  );
}

function CreateTheme({ report }: { report: (result: Attempt, success: string) => boolean }) {
  const t = useT().wishes.themeBoard;
  const command = useWishesCommand();
  const id = useId();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = report(
      command({ type: 'themeCreated', themeId: clock.newId(), name }),
      t.created(name.trim()),
    );
    if (ok) setName('');
  };
  return (
    <form className="inline-form create-theme" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t.newTheme}</label>
        <input id={id} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button primary">
        {t.create}
      </button>
    </form>
  );
}

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

function ThemeColumn({
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
  const tw = useT().wishes;
  const t = tw.themeBoard;
  const command = useWishesCommand();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: containerKey(container) });
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(name);
  const isTheme = container !== NONE;

  const moveTheme = (index: number, control: string) => {
    if (report(command({ type: 'themeMoved', themeId: container, index }), ''))
      refocus(
        controlId('theme', container, control),
        controlId('theme', container, control === 'up' ? 'down' : 'up'),
      );
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (report(command({ type: 'themeRenamed', themeId: container, name: newName }), ''))
      setRenaming(false);
  };

  return (
    <section
      ref={setNodeRef}
      className={`theme-column${isOver ? ' over' : ''}${isTheme ? '' : ' unthemed'}`}
      aria-labelledby={headingId}
    >
      <header className="theme-header">
        <h3 id={headingId}>
          {name} <span className="theme-count">({t.count(rows.length)})</span>
        </h3>
        {isTheme && !renaming ? (
          <span className="row-actions">
            <button
              type="button"
              className="button"
              aria-label={t.renameLabel(name)}
              onClick={() => {
                setNewName(name);
                setRenaming(true);
              }}
            >
              {t.rename}
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={t.themeUp(name)}
              id={controlId('theme', container, 'up')}
              disabled={themeIndex === 0}
              onClick={() => moveTheme(themeIndex - 1, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={t.themeDown(name)}
              id={controlId('theme', container, 'down')}
              disabled={themeIndex === themeCount - 1}
              onClick={() => moveTheme(themeIndex + 1, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              className="button"
              aria-label={t.removeLabel(name)}
              onClick={() =>
                report(command({ type: 'themeRemoved', themeId: container }), t.removed(name))
              }
            >
              {t.remove}
            </button>
          </span>
        ) : null}
      </header>
      {renaming ? (
        <form
          className="inline-form"
          onSubmit={rename}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setRenaming(false);
          }}
        >
          <div className="field">
            <label htmlFor={`${headingId}-name`}>{t.newName}</label>
            <input
              id={`${headingId}-name`}
              value={newName}
              autoFocus
              onChange={(e) => setNewName(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary">
            {t.save}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t.cancel}
          </button>
        </form>
      ) : null}
      {!isTheme ? (
        <ul className="theme-wishes">
          {rows.map((wishId, index) => (
            <ThemeWish
              key={wishId}
              wishId={wishId}
              text={texts.get(wishId) ?? ''}
              total={totals[index] ?? 0}
              container={container}
              index={0}
              count={0}
              options={options}
              onMove={onMove}
              sortable={false}
            />
          ))}
        </ul>
      ) : (
        <SortableContext items={rows} strategy={verticalListSortingStrategy}>
          {rows.length === 0 ? (
            <p className="empty theme-empty">{t.emptyTheme}</p>
          ) : (
            <ul className="theme-wishes">
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
            </ul>
          )}
        </SortableContext>
      )}
    </section>
  );
}

interface ThemeWishProps {
  wishId: string;
  text: string;
  total: number;
  container: string;
  index: number;
  count: number;
  options: Option[];
  onMove: (wishId: string, container: string, index: number) => boolean;
  /** Sortable inside a theme; only draggable under no theme, where list order rules. */
  sortable: boolean;
}

const ThemeWish = memo(function ThemeWish({ sortable, ...props }: ThemeWishProps) {
  return sortable ? <SortableWish {...props} /> : <DraggableWish {...props} />;
});

type WishProps = Omit<ThemeWishProps, 'sortable'>;

function SortableWish(props: WishProps) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: props.wishId });
  return (
    <WishItem
      {...props}
      drag={{ attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging }}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    />
  );
}

function DraggableWish(props: WishProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: props.wishId });
  return (
    <WishItem
      {...props}
      drag={{ attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging }}
      style={{ transform: CSS.Translate.toString(transform) }}
    />
  );
}

interface DragBindings {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setNodeRef: (node: HTMLElement | null) => void;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
  isDragging: boolean;
}

function WishItem({
  wishId,
  text,
  total,
  container,
  index,
  count,
  options,
  onMove,
  drag,
  style,
}: WishProps & { drag: DragBindings; style: CSSProperties }) {
  const tw = useT().wishes;
  const t = tw.themeBoard;
  const selectId = controlId('wish', wishId, 'move');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = drag;
  const inTheme = container !== NONE;
  return (
    <li ref={setNodeRef} style={style} className={`theme-wish${isDragging ? ' dragging' : ''}`}>
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        aria-label={t.dragHandle(text)}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="theme-wish-text">{text}</span>
      <span className="wish-marks">{tw.ranking.marksCount(total)}</span>
      <span className="theme-wish-controls">
        <label htmlFor={selectId} className="visually-hidden">
          {t.moveToLabel(text)}
        </label>
        <select
          id={selectId}
          data-move-select={wishId}
          value={container}
          onChange={(e) => {
            if (onMove(wishId, e.target.value, LAST)) refocus(selectId);
          }}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.id === NONE ? t.noTheme : o.name}
            </option>
          ))}
        </select>
        {inTheme ? (
          <>
            <button
              type="button"
              className="button icon"
              aria-label={t.wishUp(text)}
              id={controlId('wish', wishId, 'up')}
              disabled={index === 0}
              onClick={() => {
                if (onMove(wishId, container, index - 1))
                  refocus(controlId('wish', wishId, 'up'), controlId('wish', wishId, 'down'));
              }}
            >
              ↑
            </button>
            <button
              type="button"
              className="button icon"
              aria-label={t.wishDown(text)}
              id={controlId('wish', wishId, 'down')}
              disabled={index === count - 1}
              onClick={() => {
                if (onMove(wishId, container, index + 1))
                  refocus(controlId('wish', wishId, 'down'), controlId('wish', wishId, 'up'));
              }}
            >
              ↓
            </button>
          </>
        ) : null}
      </span>
    </li>
  );
}
