import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import type { ThemeGroup } from '../../domain/wishes/themes';
import { useT } from '../../i18n/useT';
import { destination, homeStop, landing, sizeAfterLanding, type BoardColumn } from './boardPlaces';
import { NONE } from './themeBoardIds';
import { useKeyboardDrag } from './useKeyboardDrag';

// A module constant: new option objects would give new sensors, and with them a new dnd-kit
// context that re-renders every draggable row after each change.
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };

/**
 * The board's drag and drop: stable sensors, the wish being dragged, where a drop lands, the
 * move it makes, and what a screen reader hears on the way.
 */
export function useThemeBoardDnd(
  groups: ThemeGroup[],
  texts: Map<string, string>,
  nameOf: (container: string) => string,
  move: (wishId: string, container: string, index: number) => boolean,
) {
  const t = useT().wishes.themeBoard;
  const columns: BoardColumn[] = useMemo(
    () =>
      groups.map((group) => ({
        container: group.theme?.id ?? NONE,
        wishIds: group.rows.map((row) => row.wish.id),
      })),
    [groups],
  );
  const keyboard = useKeyboardDrag(columns);

  // The wish being dragged, which the drag overlay shows under the pointer.
  const [activeId, setActiveId] = useState<string | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, keyboard.sensorOptions),
  );

  // Whether the last drop left the wish where it was, for what a screen reader hears.
  const droppedInPlace = useRef(false);
  // The target the commentary last told; a drag starts over the wish's own place, told as lifted.
  const toldOver = useRef<string | null>(null);

  const endDrag = () => {
    keyboard.end();
    setActiveId(null);
  };
  const onDragStart = ({ active }: DragStartEvent) => {
    const wishId = String(active.id);
    keyboard.start(wishId);
    toldOver.current = homeStop(columns, wishId);
    setActiveId(wishId);
  };
  const onDragCancel = endDrag;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    endDrag();
    const wishId = String(active.id);
    const to = over ? destination(columns, wishId, String(over.id)) : null;
    droppedInPlace.current = to === null;
    if (to) move(wishId, to.container, to.index);
  };

  const textOf = (id: string | number) => texts.get(String(id)) ?? '';
  /** Where a drop over `overId` would put the wish: a theme and a place in it, or no theme. */
  const describe = (wishId: string, overId: string) => {
    const to = landing(columns, wishId, overId);
    if (!to) return '';
    if (to.container === NONE) return nameOf(NONE);
    const size = sizeAfterLanding(columns, wishId, to.container);
    return t.dnd.place(nameOf(to.container), to.index + 1, size);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t.dnd.picked(textOf(active.id)),
    onDragOver: ({ active, over }) => {
      if (!over || String(over.id) === toldOver.current) return undefined;
      toldOver.current = String(over.id);
      return t.dnd.over(textOf(active.id), describe(String(active.id), String(over.id)));
    },
    // Runs after onDragEnd. A move is told once, by the board's message of where the wish is.
    onDragEnd: ({ active }) =>
      droppedInPlace.current ? t.dnd.droppedInPlace(textOf(active.id)) : undefined,
    onDragCancel: ({ active }) => t.dnd.cancelled(textOf(active.id)),
  };
  return {
    activeId,
    sensors,
    collisionDetection: keyboard.collisionDetection,
    onDragStart,
    onDragEnd,
    onDragCancel,
    accessibility: {
      announcements,
      screenReaderInstructions: { draggable: t.dnd.instructions },
    },
  };
}
