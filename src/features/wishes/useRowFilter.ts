import { useMemo, useState } from 'react';
import {
  filterRows,
  sortRows,
  type BruttolisteRow,
  type RowSortKey,
} from '../../domain/wishes/bruttoliste';

/** The bruttoliste's filter and sort choices, and the rows they let through, in order. */
export function useRowFilter(rows: BruttolisteRow[]) {
  const [text, setText] = useState('');
  const [group, setGroup] = useState<number | 'all'>('all');
  const [onlyMarked, setOnlyMarked] = useState(false);
  const [sortKey, setSortKey] = useState<RowSortKey>('list');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');

  const groups = useMemo(
    () => [...new Set(rows.flatMap((r) => r.groups))].sort((a, b) => a - b),
    [rows],
  );
  const shown = useMemo(() => {
    let list = filterRows(rows, { text, group: group === 'all' ? undefined : group });
    if (onlyMarked) list = list.filter((r) => r.total > 0);
    return sortKey === 'list' && direction === 'asc' ? list : sortRows(list, sortKey, direction);
  }, [rows, text, group, onlyMarked, sortKey, direction]);
  return {
    shown,
    controls: {
      groups,
      text,
      setText,
      group,
      setGroup,
      onlyMarked,
      setOnlyMarked,
      sortKey,
      setSortKey,
      direction,
      setDirection,
    },
  };
}

export type RowFilterControls = ReturnType<typeof useRowFilter>['controls'];
