import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rechunk, type Chunk } from './chunks';

const ids = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const flat = (chunks: readonly Chunk[]) => chunks.flatMap((c) => c.ids);

describe('rechunk', () => {
  it('splits a new list into chunks of the given size', () => {
    const chunks = rechunk([], ids(7), 3);
    // A last chunk under half the size is folded into the one before.
    expect(chunks.map((c) => c.ids)).toEqual([
      ['w0', 'w1', 'w2'],
      ['w3', 'w4', 'w5', 'w6'],
    ]);
    expect(new Set(chunks.map((c) => c.key)).size).toBe(2);
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

  it('moves an id forward or backward, changing only the chunks it leaves and joins', () => {
    const before = rechunk([], ids(100), 25);
    const forward = ids(100).filter((id) => id !== 'w3');
    forward.splice(80, 0, 'w3');
    const backward = ids(100).filter((id) => id !== 'w80');
    backward.splice(3, 0, 'w80');
    for (const order of [forward, backward]) {
      const after = rechunk(before, order, 25);
      expect(flat(after)).toEqual(order);
      expect(after.map((c) => c.key)).toEqual(before.map((c) => c.key));
      expect(after.filter((c, i) => c.ids !== before[i]!.ids)).toHaveLength(2);
    }
  });

  it('lets new ids grow the chunk they follow up to twice the size', () => {
    const before = rechunk([], ids(4), 2);
    const grown = rechunk(before, [...ids(4), 'n1', 'n2'], 2);
    expect(grown.map((c) => c.ids)).toEqual([
      ['w0', 'w1'],
      ['w2', 'w3', 'n1', 'n2'],
    ]);
    const next = rechunk(grown, [...ids(4), 'n1', 'n2', 'n3', 'n4'], 2);
    expect(next.map((c) => c.ids)).toEqual([
      ['w0', 'w1'],
      ['w2', 'w3', 'n1', 'n2'],
      ['n3', 'n4'],
    ]);
  });

  it('folds chunks that removals shrank, instead of splitting the whole list again', () => {
    let order = ids(1000);
    let chunks = rechunk([], order);
    let seed = 7;
    while (order.length > 50) {
      seed = (seed * 16807) % 2147483647;
      const gone = order[seed % order.length]!;
      order = order.filter((id) => id !== gone);
      const next = rechunk(chunks, order);
      const kept = new Set(next.map((c) => c.key));
      expect(chunks.filter((c) => !kept.has(c.key)).length).toBeLessThanOrEqual(1);
      expect(next.filter((c) => !chunks.some((p) => p.ids === c.ids)).length).toBeLessThanOrEqual(
        2,
      );
      chunks = next;
    }
    expect(flat(chunks)).toEqual(order);
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

  it('changes at most three chunks when one id is added, removed or moved', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('add', 'remove', 'move'),
        (n, from, to, edit) => {
          const order = ids(n);
          const before = rechunk([], order, 10);
          if (edit === 'add') order.splice(to % (n + 1), 0, 'new');
          else {
            const moved = order.splice(from % n, 1)[0]!;
            if (edit === 'move') order.splice(to % (order.length + 1), 0, moved);
          }
          const after = rechunk(before, order, 10);
          expect(flat(after)).toEqual(order);
          expect(
            after.filter((c) => !before.some((b) => b.ids === c.ids)).length,
          ).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});
