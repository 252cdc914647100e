/** A run of a long list's items that the browser lays out, paints and skips as one. */
export interface Chunk {
  key: number;
  ids: readonly string[];
}

/** Rows per chunk: about one screen, so a few chunks are drawn and the rest are skipped. */
export const CHUNK_SIZE = 25;

/**
 * Splits a list's ids into chunks of about `size`, keeping each id in its previous chunk where it
 * can. Adding, removing or moving one id then changes only the chunks it leaves and joins, and
 * every other chunk keeps its very `ids` array, so a memoised chunk can skip rendering. A chunk
 * grows to at most twice `size` before it splits. When a new order scatters the ids (a new sort),
 * the list is split afresh rather than into many small pieces.
 */
export function rechunk(
  previous: readonly Chunk[],
  ids: readonly string[],
  size: number = CHUNK_SIZE,
): Chunk[] {
  const home = new Map<string, number>();
  for (const chunk of previous) for (const id of chunk.ids) home.set(id, chunk.key);
  let nextKey = previous.reduce((max, chunk) => Math.max(max, chunk.key + 1), 0);
  const before = new Map(previous.map((chunk) => [chunk.key, chunk.ids]));

  const built: { key: number; ids: string[] }[] = [];
  const taken = new Set<number>();
  let current: { key: number; ids: string[] } | null = null;
  for (const id of ids) {
    const key = home.get(id);
    // An id stays with its chunk, and a new id joins a chunk it follows, up to twice the size;
    // new ids among new ids, and ids out of their old order, fill chunks up to the size.
    const stays = current !== null && key === current.key;
    const grows = stays || (key === undefined && before.has(current?.key ?? -1));
    const joins = grows || key === undefined || taken.has(key);
    if (current && joins && current.ids.length < (grows ? 2 * size : size)) {
      current.ids.push(id);
      continue;
    }
    const startKey = key !== undefined && !taken.has(key) ? key : nextKey++;
    taken.add(startKey);
    current = { key: startKey, ids: [id] };
    built.push(current);
  }

  if (built.length > 2 * Math.ceil(ids.length / size) + 1) return split(ids, size, nextKey);
  return built.map(({ key, ids: chunkIds }) => {
    const old = before.get(key);
    const same = old?.length === chunkIds.length && old.every((id, i) => id === chunkIds[i]);
    return { key, ids: same ? old : chunkIds };
  });
}

function split(ids: readonly string[], size: number, firstKey: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < ids.length; start += size)
    chunks.push({ key: firstKey + chunks.length, ids: ids.slice(start, start + size) });
  return chunks;
}

/** The item after `item` in a chunked or plain list (or else the one before), if any. */
export function neighbourItem(item: Element): Element | null {
  const chunk = item.parentElement?.classList.contains('list-chunk') ? item.parentElement : null;
  return (
    item.nextElementSibling ??
    chunk?.nextElementSibling?.firstElementChild ??
    item.previousElementSibling ??
    chunk?.previousElementSibling?.lastElementChild ??
    null
  );
}
