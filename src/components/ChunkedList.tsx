import { Fragment, memo, useState, type ReactNode, type Ref } from 'react';
import { CHUNK_CLASS } from './chunkDom';
import { rechunk, type Chunk } from './chunks';
import { listHeight } from './listHeight';
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

/**
 * A list of up to thousands of rows, all in the page, in chunks of about a screenful that the
 * browser skips while they are off screen (`content-visibility`). A change re-renders only the
 * chunks holding changed items, and the browser tracks a few dozen chunks instead of each row.
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
      {chunks.map((chunk) => (
        <ChunkView
          key={chunk.key}
          items={chunk.ids.map((id) => byKey.get(id) as T)}
          keyOf={keyOf}
          same={same}
          renderItem={renderItem}
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
}

function ChunkViewImpl<T>({ items, keyOf, renderItem }: ChunkViewProps<T>) {
  return (
    <div className={CHUNK_CLASS} style={listHeight(items.length)}>
      {items.map((item) => (
        <Fragment key={keyOf(item)}>{renderItem(item)}</Fragment>
      ))}
    </div>
  );
}

const ChunkView = memo(
  ChunkViewImpl,
  (prev, next) =>
    prev.renderItem === next.renderItem &&
    prev.items.length === next.items.length &&
    prev.items.every((item, i) => next.same(item, next.items[i] as typeof item)),
) as typeof ChunkViewImpl;
