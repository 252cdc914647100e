/** Test-only: an RFC 4180 reader for ';' and CRLF after the BOM, strict about what it accepts. */
import { expect } from 'vitest';
import { CSV_BOM } from './csv';

export function parseCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 1;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        expect([';', '\r']).toContain(text[i]);
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"') {
      expect(cell).toBe('');
      quoted = true;
      i++;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r') {
      expect(text[i + 1]).toBe('\n');
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      expect(c).not.toBe('\n');
      cell += c;
      i++;
    }
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}
