import { isLocalDate } from '../plan/fields';

/** One row of an export table: a text per column. */
export type Row<K extends string> = Record<K, string>;

/** 'yyyy-MM-dd' as 'dd-mm-yyyy' (what Danish readers and Excel expect); other text as is. */
export function formatExportDate(date: string): string {
  if (!isLocalDate(date)) return date;
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

/** A percentage with one decimal and the language's separator, e.g. "5,5 %". */
export function formatPercent(value: number | null, separator: string, unknown: string): string {
  if (value === null) return unknown;
  return `${value.toFixed(1).replace('.', separator)} %`;
}
