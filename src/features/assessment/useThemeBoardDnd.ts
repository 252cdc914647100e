import {
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import type { ThemeGroup } from '../../domain/wishes/themes';
import { useT } from '../../i18n/useT';
import { LAST, NONE } from './themeBoardIds';
import { useKeyboardCarry } from './useKeyboardCarry';

interface Place {
  container: string;
  index: number;
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
  const places = useMemo(() => {
    const map = new Map<string, Place>();
    for (const group of groups)
      group.rows.forEach((row, index) =>
        map.set(row.wish.id, { container: group.theme?.id ?? NONE, index }),
      );
    return map;
  }, [groups]);

  // The wish being dragged, which the drag overlay shows under the pointer.
  const [activeId, setActiveId] = useState<string | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );

  const targetOf = (overId: string): Place | null => {
    if (overId.startsWith('theme:')) return { container: overId.slice(6), index: LAST };
    return places.get(overId) ?? null;
  };

  /** Where a drop over `overId` moves the wish, or null when it stays where it is. */
  const destination = (wishId: string, overId: string): Place | null => {
    const from = places.get(wishId);
    const to = targetOf(overId);
    if (!from || !to) return null;
    if (to.container === NONE && from.container === NONE) return null;
    if (to.container === from.container && to.index === from.index) return null;
    return to;
  };

  // Whether the last drop left the wish where it was, for what a screen reader hears.
  const droppedInPlace = useRef(false);
  const carry = useKeyboardCarry();
  const endDrag = () => {
    carry.end();
    setActiveId(null);
  };
  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    carry.start(activatorEvent);
    setActiveId(String(active.id));
  };
  const onDragCancel = endDrag;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    endDrag();
    const wishId = String(active.id);
    // Lifted and dropped again by keyboard: it stays, even though the nearest place the keyboard
    // goes by may be another theme.
    const to = carry.carried() && over ? destination(wishId, String(over.id)) : null;
    droppedInPlace.current = to === null;
    if (to) move(wishId, to.container, to.index);
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
    // Runs after onDragEnd. A move is told once, by the board's message of where the wish is.
    onDragEnd: ({ active }) =>
      droppedInPlace.current ? t.dnd.droppedInPlace(texts.get(String(active.id)) ?? '') : undefined,
    onDragCancel: ({ active }) => t.dnd.cancelled(texts.get(String(active.id)) ?? ''),
  };
  return {
    activeId,
    sensors,
    collisionDetection,
    onDragStart,
    onDragEnd,
    onDragCancel,
    accessibility: {
      announcements,
      screenReaderInstructions: { draggable: t.dnd.instructions },
    },
  };
}
