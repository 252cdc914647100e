import type { BruttolisteRow } from '../../domain/wishes/bruttoliste';

export const rowKey = (row: BruttolisteRow) => row.wish.id;

/** Whether two derived rows (new objects after every change) show the same wish alike. */
export const sameRow = (a: BruttolisteRow, b: BruttolisteRow) =>
  a.wish === b.wish &&
  a.total === b.total &&
  a.groups.join() === b.groups.join() &&
  a.merged.length === b.merged.length &&
  a.merged.every((w, i) => w === b.merged[i]);
