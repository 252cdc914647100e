import { useDraggable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { WishItem, type WishProps } from './WishItem';

interface ThemeWishProps extends WishProps {
  /** Sortable inside a theme; only draggable under no theme, where list order rules. */
  sortable: boolean;
}

/** A wish on the board, memoised: sortable inside a theme, draggable under no theme. */
export const ThemeWish = memo(function ThemeWish({ sortable, ...props }: ThemeWishProps) {
  return sortable ? <SortableWish {...props} /> : <DraggableWish {...props} />;
});

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
      {...{ attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging, transition }}
      transform={CSS.Translate.toString(transform)}
    />
  );
}

/** Stays in place while dragged: the drag overlay follows the pointer instead. */
function DraggableWish(props: WishProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: props.wishId,
  });
  return (
    <WishItem
      {...props}
      {...{ attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging }}
    />
  );
}
