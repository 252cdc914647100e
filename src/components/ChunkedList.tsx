import { Fragment, memo, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { CHUNK_CLASS } from './chunkDom';
import { rechunk, type Chunk } from './chunks';
import { listHeight, placeholderHeight } from './listHeight';
import './ChunkedList.css';

interface ChunkedListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** Whether an item shows as before; a chunk whose items all do is not rendered again. */
  same: (a: T, b: T) => boolean;
  /** Renders one item as an element with role "listitem". Keep it stable across renders. */
  renderItem: (item: T) => ReactNode;
  className: string;
  listRef?: Ref<HTMLDivElement>;
}

/** From this many items on, a chunk's rows are built only once it comes near the screen. */
export const LAZY_FROM = 400;
/** Chunks built at once in a long list, before any is seen. */
const EAGER_CHUNKS = 2;

/**
 * A list of up to thousands of rows in chunks of about a screenful that the browser skips while
 * they are off screen (`content-visibility`). A change re-renders only the chunks holding
 * changed items, and the browser tracks a few dozen chunks instead of each row. In a list of
 * `LAZY_FROM` items or more, a chunk far from the screen is an empty box of its height until it
 * comes within a few screens, and is kept once built.
 */
export function ChunkedList<T>({
  items,
  keyOf,
  same,
  renderItem,
  className,
  listRef,
}: ChunkedListProps<T>) {
  const chunks = useChunks(items.map(keyOf));
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return (
    <div
      role="list"
      className={`chunked-list ${className}`}
      style={listHeight(items.length)}
      ref={listRef}
    >
      {chunks.map((chunk, index) => (
        <ChunkView
          key={chunk.key}
          items={chunk.ids.map((id) => byKey.get(id) as T)}
          keyOf={keyOf}
          same={same}
          renderItem={renderItem}
          eager={items.length < LAZY_FROM || index < EAGER_CHUNKS}
        />
      ))}
    </div>
  );
}

/** The chunks for these ids, kept from the last render where the ids allow it. */
function useChunks(ids: readonly string[]): Chunk[] {
  const [chunks, setChunks] = useState<Chunk[]>(() => rechunk([], ids));
  const next = rechunk(chunks, ids);
  const changed =
    next.length !== chunks.length ||
    next.some((chunk, i) => chunk.key !== chunks[i]?.key || chunk.ids !== chunks[i]?.ids);
  // Storing what the last render chunked: React re-runs this render at once, not its children.
  if (changed) setChunks(next);
  return next;
}

interface ChunkViewProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  same: (a: T, b: T) => boolean;
  renderItem: (item: T) => ReactNode;
  eager: boolean;
}

function ChunkViewImpl<T>({ items, keyOf, renderItem, eager }: ChunkViewProps<T>) {
  const [ref, seen] = useNearScreen(eager);
  return (
    <div
      className={CHUNK_CLASS}
      style={seen ? listHeight(items.length) : placeholderHeight(items.length)}
      ref={ref}
    >
      {seen ? items.map((item) => <Fragment key={keyOf(item)}>{renderItem(item)}</Fragment>) : null}
    </div>
  );
}

/** Whether the element has come within a few screens of the viewport (or is `eager`). */
function useNearScreen(eager: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(eager || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '300% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen || eager] as const;
}

const ChunkView = memo(
  ChunkViewImpl,
  (prev, next) =>
    prev.renderItem === next.renderItem &&
    prev.eager === next.eager &&
    prev.items.length === next.items.length &&
    prev.items.every((item, i) => next.same(item, next.items[i] as typeof item)),
) as typeof ChunkViewImpl;
