import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkedList, LAZY_FROM } from './ChunkedList';
import { CHUNK_SIZE } from './chunks';

interface Item {
  id: string;
  label: string;
}
const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `i${i}`, label: `Række ${i}` }));
const keyOf = (item: Item) => item.id;
const same = (a: Item, b: Item) => a.id === b.id && a.label === b.label;

function setup(initial: Item[]) {
  const renderItem = vi.fn((item: Item) => <div role="listitem">{item.label}</div>);
  const view = (list: Item[]) => (
    <ChunkedList
      className="test-list"
      items={list}
      keyOf={keyOf}
      same={same}
      renderItem={renderItem}
    />
  );
  const { rerender } = render(view(initial));
  return { renderItem, update: (list: Item[]) => rerender(view(list)) };
}

describe('ChunkedList', () => {
  it('shows every item, in order, as one list', () => {
    setup(items(60));
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows).toHaveLength(60);
    expect(rows[59]).toHaveTextContent('Række 59');
  });

  it('renders again only the chunk whose item changed', () => {
    const list = items(4 * CHUNK_SIZE);
    const { renderItem, update } = setup(list);
    renderItem.mockClear();
    update(list.map((item, i) => (i === 30 ? { ...item, label: 'Ændret' } : { ...item })));
    expect(renderItem).toHaveBeenCalledTimes(CHUNK_SIZE);
    expect(screen.getByText('Ændret')).toBeInTheDocument();
  });

  it('renders again only the chunk an item leaves', () => {
    const list = items(4 * CHUNK_SIZE);
    const { renderItem, update } = setup(list);
    renderItem.mockClear();
    update(list.filter((_, i) => i !== 80));
    expect(renderItem).toHaveBeenCalledTimes(CHUNK_SIZE - 1);
    expect(screen.getAllByRole('listitem')).toHaveLength(4 * CHUNK_SIZE - 1);
    expect(screen.queryByText('Række 80')).not.toBeInTheDocument();
  });
});

describe('a ChunkedList of LAZY_FROM items or more', () => {
  /** An IntersectionObserver the test drives: `show(i)` brings chunk element i near the screen. */
  function observeByHand() {
    const watched: { element: Element; callback: IntersectionObserverCallback }[] = [];
    class FakeObserver {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(element: Element) {
        watched.push({ element, callback: this.callback });
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    return (element: Element) =>
      act(() => {
        for (const w of watched.filter((w) => w.element === element)) {
          w.callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as never);
        }
      });
  }

  it('builds the first chunks at once and the others when they come near the screen', () => {
    const show = observeByHand();
    try {
      setup(items(LAZY_FROM + 100));
      const list = screen.getByRole('list');
      expect(within(list).getAllByRole('listitem')).toHaveLength(2 * CHUNK_SIZE);
      const chunks = list.querySelectorAll(':scope > div');
      expect(chunks).toHaveLength(Math.ceil((LAZY_FROM + 100) / CHUNK_SIZE));
      show(chunks[10]!);
      expect(within(list).getAllByRole('listitem')).toHaveLength(3 * CHUNK_SIZE);
      expect(within(chunks[10] as HTMLElement).getAllByRole('listitem')[0]).toHaveTextContent(
        `Række ${10 * CHUNK_SIZE}`,
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
