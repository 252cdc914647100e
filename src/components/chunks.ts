/** A run of a long list's items that the browser lays out, paints and skips as one. */
export interface Chunk {
  key: number;
  ids: readonly string[];
}

/** Rows per chunk: about one screen, so a few chunks are drawn and the rest are skipped. */
export const CHUNK_SIZE = 25;

/**
 * Splits a list's ids into chunks of about `size`, keeping each id in its previous chunk where it
 * can, so that adding, removing or moving one id changes only the chunks it leaves and joins.
 * Every other chunk keeps its very `ids` array, so a memoised chunk can skip rendering.
 * - An id that kept its place among its chunk's ids stays in that chunk; one that moved (and a
 *   new id) joins the chunk it now follows, which may hold up to twice `size`.
 * - A chunk that has shrunk below half the size is folded into a neighbour.
 * - When a new order scatters the ids (a new sort), the list is split afresh.
 */
export function rechunk(
  previous: readonly Chunk[],
  ids: readonly string[],
  size: number = CHUNK_SIZE,
): Chunk[] {
  const before = new Map(previous.map((chunk) => [chunk.key, chunk.ids]));
  const home = inPlaceHomes(previous, ids, 2 * size);
  let nextKey = previous.reduce((max, chunk) => Math.max(max, chunk.key + 1), 0);

  const built: { key: number; ids: string[] }[] = [];
  const started = new Set<number>();
  let current: { key: number; ids: string[] } | null = null;
  for (const id of ids) {
    const key = home.get(id);
    if (current && key === current.key && current.ids.length < 2 * size) {
      current.ids.push(id);
      continue;
    }
    if (key !== undefined && !started.has(key)) {
      started.add(key);
      current = { key, ids: [id] };
      built.push(current);
      continue;
    }
    const limit = current && before.has(current.key) ? 2 * size : size;
    if (current && current.ids.length < limit) {
      current.ids.push(id);
      continue;
    }
    current = { key: nextKey++, ids: [id] };
    built.push(current);
  }

  const folded = foldSmall(built, size);
  if (folded.length > 2 * Math.ceil(ids.length / size) + 1) return split(ids, size, nextKey);
  return folded.map(({ key, ids: chunkIds }) => {
    const old = before.get(key);
    const same = old?.length === chunkIds.length && old.every((id, i) => id === chunkIds[i]);
    return { key, ids: same ? old : chunkIds };
  });
}

/**
 * Each id's previous chunk, for the ids still where their chunk is: the longest run of the
 * chunk's ids whose new positions rise, each within `reach` of the one before. An id moved
 * elsewhere is left out, and so a chunk never follows one moved id to a far place.
 */
function inPlaceHomes(
  previous: readonly Chunk[],
  ids: readonly string[],
  reach: number,
): Map<string, number> {
  const position = new Map(ids.map((id, i) => [id, i]));
  const home = new Map<string, number>();
  for (const chunk of previous) {
    const present = chunk.ids.filter((id) => position.has(id));
    const run = longestRun(
      present.map((id) => position.get(id) ?? 0),
      reach,
    );
    for (const i of run) home.set(present[i] as string, chunk.key);
  }
  return home;
}

/** Indexes of a longest subsequence of `values` that rises by at most `reach` at each step. */
function longestRun(values: readonly number[], reach: number): number[] {
  const length: number[] = [];
  const before: number[] = [];
  let best = -1;
  values.forEach((value, i) => {
    length[i] = 1;
    before[i] = -1;
    for (let j = 0; j < i; j++) {
      const gap = value - (values[j] as number);
      if (gap > 0 && gap <= reach && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        before[i] = j;
      }
    }
    if (best < 0 || (length[i] as number) > (length[best] as number)) best = i;
  });
  const run: number[] = [];
  for (let i = best; i >= 0; i = before[i] as number) run.push(i);
  return run.reverse();
}

/** Folds each chunk below half the size into a neighbour with room, so chunks do not dwindle. */
function foldSmall(chunks: { key: number; ids: string[] }[], size: number) {
  const out: { key: number; ids: string[] }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as { key: number; ids: string[] };
    const prev = out.at(-1);
    const next = chunks[i + 1];
    if (chunk.ids.length >= size / 2) out.push(chunk);
    else if (prev && prev.ids.length + chunk.ids.length <= 2 * size) prev.ids.push(...chunk.ids);
    else if (next && next.ids.length + chunk.ids.length <= 2 * size) next.ids.unshift(...chunk.ids);
    else out.push(chunk);
  }
  return out;
}

function split(ids: readonly string[], size: number, firstKey: number): Chunk[] {
  const chunks: Chunk[] = [];
  for (let start = 0; start < ids.length; start += size)
    chunks.push({ key: firstKey + chunks.length, ids: ids.slice(start, start + size) });
  return chunks;
}
