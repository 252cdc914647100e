import {
  closestCenter,
  pointerWithin,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type SensorContext,
} from '@dnd-kit/core';
import type { Coordinates } from '@dnd-kit/utilities';
import { useEffect, useMemo, useRef } from 'react';
import { homeStop, isArrowKey, nextStop, placeOf, type BoardColumn } from './boardPlaces';
import { NONE, containerKey } from './themeBoardIds';

/**
 * The board's keyboard drag. The arrow keys choose the next target from the board's order
 * (`nextStop`), not from where things lie on screen, and the collision detection reports that
 * target: a lifted wish is over its own place until a key takes it elsewhere, and never over a
 * theme that merely lies nearest. The overlay is moved onto the target, for the eye.
 *
 * Pointer drags keep to geometry: the target under the pointer, else the nearest.
 */
export function useKeyboardDrag(columns: readonly BoardColumn[]) {
  const latest = useRef(columns);
  useEffect(() => {
    latest.current = columns;
  });
  /** The keyboard drag's target, from the lift to the drop. */
  const target = useRef<string | null>(null);

  return useMemo(() => {
    const coordinateGetter: KeyboardCoordinateGetter = (
      event,
      { active, context, currentCoordinates },
    ) => {
      if (!isArrowKey(event.code)) return undefined;
      event.preventDefault();
      const wishId = String(active);
      const from = target.current ?? homeStop(latest.current, wishId);
      const to = nextStop(latest.current, wishId, from, event.code);
      target.current = to;
      return overlaySpot(latest.current, wishId, to, context) ?? currentCoordinates;
    };

    const collisionDetection: CollisionDetection = (args) => {
      // A keyboard drag has no pointer coordinates.
      if (args.pointerCoordinates === null) {
        const id = target.current;
        return id !== null && args.droppableRects.has(id) ? [{ id }] : [];
      }
      const hits = pointerWithin(args);
      return hits.length > 0 ? hits : closestCenter(args);
    };

    return {
      /** For the keyboard sensor; the same object on every render, so sensors stay the same. */
      sensorOptions: { coordinateGetter },
      collisionDetection,
      /** A drag of `wishId` starts over its own place. */
      start: (wishId: string) => {
        target.current = homeStop(latest.current, wishId);
      },
      end: () => {
        target.current = null;
      },
    };
  }, []);
}

/**
 * Where the overlay goes to show the target `to`, as its top-left corner in the viewport. In the
 * wish's own theme: in the place of the wish it is over, as the rows make room. In another theme:
 * across the line where it would go in, before a wish or after the last. Over an empty theme: on
 * its hint; under no theme: at the top of the list.
 */
function overlaySpot(
  columns: readonly BoardColumn[],
  wishId: string,
  to: string,
  { collisionRect, droppableRects, droppableContainers }: SensorContext,
): Coordinates | null {
  if (!collisionRect) return null;
  const half = collisionRect.height / 2;
  const place = placeOf(columns, to);
  if (place) {
    const rect = droppableRects.get(to);
    if (!rect) return null;
    const own = placeOf(columns, wishId)?.container === place.container;
    return { x: rect.left, y: own ? rect.top : rect.top - half };
  }
  const list = droppableContainers
    .getNodeFor(to)
    ?.querySelector('.theme-wishes, .theme-empty')
    ?.getBoundingClientRect();
  if (!list) return null;
  if (to === containerKey(NONE)) return { x: list.left, y: list.top };
  const empty = !columns.some((c) => containerKey(c.container) === to && c.wishIds.length > 0);
  return { x: list.left, y: (empty ? list.top + list.height / 2 : list.bottom) - half };
}
