import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rechunk, type Chunk } from './chunks';

const ids = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const flat = (chunks: readonly Chunk[]) => chunks.flatMap((c) => c.ids);

describe('rechunk', () => {
  it('splits a new list into chunks of the given size', () => {
    const chunks = rechunk([], ids(7), 3);
    expect(chunks.map((c) => c.ids)).toEqual([['w0', 'w1', 'w2'], ['w3', 'w4', 'w5'], ['w6']]);
    expect(new Set(chunks.map((c) => c.key)).size).toBe(3);
  });

  it('changes only the chunk an id leaves; the others keep their arrays', () => {
    const before = rechunk([], ids(100), 25);
    const after = rechunk(
      before,
      ids(100).filter((id) => id !== 'w30'),
      25,
    );
    expect(after.map((c) => c.key)).toEqual(before.map((c) => c.key));
    after.forEach((chunk, i) => {
      if (i === 1) expect(chunk.ids).not.toContain('w30');
      else expect(chunk.ids).toBe(before[i]!.ids);
    });
  });

  it('moves an id between chunks without touching the rest', () => {
    const before = rechunk([], ids(100), 25);
    const order = ids(100).filter((id) => id !== 'w3');
    order.splice(80, 0, 'w3');
    const after = rechunk(before, order, 25);
    expect(flat(after)).toEqual(order);
    expect(after[1]!.ids).toBe(before[1]!.ids);
    expect(after[2]!.ids).toBe(before[2]!.ids);
  });

  it('adds new ids to the chunk they follow, and splits a chunk grown to twice the size', () => {
    const before = rechunk([], ids(4), 2);
    const grown = rechunk(before, [...ids(4), 'n1', 'n2'], 2);
    expect(grown.map((c) => c.ids)).toEqual([
      ['w0', 'w1'],
      ['w2', 'w3', 'n1', 'n2'],
    ]);
    const split = rechunk(grown, [...ids(4), 'n1', 'n2', 'n3'], 2);
    expect(split.map((c) => c.ids)).toEqual([['w0', 'w1'], ['w2', 'w3', 'n1', 'n2'], ['n3']]);
  });

  it('starts afresh when a new order scatters the ids', () => {
    const before = rechunk([], ids(100), 10);
    const reversed = ids(100).reverse();
    const after = rechunk(before, reversed, 10);
    expect(after).toHaveLength(10);
    expect(flat(after)).toEqual(reversed);
  });

  it('keeps every id exactly once, in order, within the size bounds, with unique keys', () => {
    const list = fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 300 });
    fc.assert(
      fc.property(
        fc.array(list, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (orders, size) => {
          let chunks: Chunk[] = [];
          for (const order of orders) {
            const next = order.map((n) => `w${n}`);
            chunks = rechunk(chunks, next, size);
            expect(flat(chunks)).toEqual(next);
            expect(chunks.every((c) => c.ids.length > 0 && c.ids.length <= 2 * size)).toBe(true);
            expect(chunks.length).toBeLessThanOrEqual(2 * Math.ceil(next.length / size) + 1);
            expect(new Set(chunks.map((c) => c.key)).size).toBe(chunks.length);
          }
        },
      ),
    );
  });
});
