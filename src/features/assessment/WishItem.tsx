import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { focusSuccessor, keepFocus, refocus } from './refocus';
import { MoveToTheme } from './MoveToTheme';
import { LAST, NONE, controlId, type Option } from './themeBoardIds';

export interface WishProps {
  wishId: string;
  text: string;
  total: number;
  container: string;
  index: number;
  count: number;
  options: Option[];
  onMove: (wishId: string, container: string, index: number) => boolean;
}

/**
 * What dnd-kit gives a row, flat: its hooks keep each of these the same between renders, so a
 * drag starting or ending somewhere on the board (which re-renders every draggable's hook)
 * renders no row again but the ones whose place or state changed.
 */
interface DragBindings {
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setNodeRef: (node: HTMLElement | null) => void;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
  isDragging: boolean;
  /** While sorting: the shift (a CSS transform) and its transition. */
  transform?: string | undefined;
  transition?: string | undefined;
}

/** A wish's row: its drag handle, text, marks, and the keyboard controls that move it. */
export const WishItem = memo(function WishItem({
  wishId,
  text,
  total,
  container,
  index,
  count,
  options,
  onMove,
  attributes,
  listeners,
  setNodeRef,
  setActivatorNodeRef,
  isDragging,
  transform,
  transition,
}: WishProps & DragBindings) {
  const tw = useT().wishes;
  const t = tw.themeBoard;
  const selectId = controlId('wish', wishId, 'move');
  const inTheme = container !== NONE;
  return (
    <div
      role="listitem"
      ref={setNodeRef}
      style={transform || transition ? { transform, transition } : undefined}
      className={`theme-wish${isDragging ? ' dragging' : ''}`}
    >
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
        <MoveToTheme
          id={selectId}
          wishId={wishId}
          value={container}
          options={options}
          label={t.moveToLabel(text)}
          onChange={(select) => {
            const focused = document.activeElement === select;
            if (!onMove(wishId, select.value, LAST) || !focused) return;
            const row = select.closest('.theme-wish');
            const successor = row ? focusSuccessor(row, 'select') : null;
            if (successor) keepFocus(successor);
            else refocus(selectId);
          }}
        />
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
    </div>
  );
});
