import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkedList } from './ChunkedList';
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
