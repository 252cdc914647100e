import { describe, expect, it } from 'vitest';
import { da } from './da';

/** Arguments to call a dictionary function with: singular and plural counts, words, lists. */
const SAMPLE_ARGS: unknown[][] = [
  [1, 1, [1]],
  [3, 3, [1, 2, 4]],
  ['Mere ro', 1, [2]],
  ['Mere ro', 5, [1, 2, 4], 'X'],
  [-1],
  [-5],
];

/** Every text the Danish dictionaries can produce, with where it came from. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    for (const args of SAMPLE_ARGS) {
      try {
        texts((value as (...a: unknown[]) => unknown)(...args), `${path}(${String(args)})`, out);
      } catch {
        // A function that needs other arguments than these samples is checked by its own tests.
      }
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) texts(child, `${path}.${key}`, out);
  }
  return out;
}

/** Wordings the Danish texts once had; each has one chosen form now (see the reason). */
const FORBIDDEN: [RegExp, string][] = [
  [/["“”„]/, 'Danish quotation marks are »…«'],
  [/plakat|planche|flip-overs\b|flipover/i, 'the thing is a flip-over, the plural flip-over-ark'],
  [/rangering/i, 'the ranked list is a rangliste'],
  [/initiativ/i, 'the plan holds indsatser'],
  [/Annullér/, 'Annuller, without the accent'],
  [/\(ter\)|\(er\)/, 'say the number of minutes with its own singular or plural'],
  [/(^|[^\d-])1 streger/, '1 streg'],
  [/\bgruppe \d+, \d+/, 'more than one group is grupper'],
  [/når uret er gået/, 'a clock runs out, it does not go'],
  [/rummet skaber/, 'reads as a translation'],
];

describe('the Danish wording', () => {
  const all = texts(da, 'da');

  it('reads every text the dictionaries produce, functions included', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some(([path]) => path.startsWith('da.plan.meeting2.wishOption('))).toBe(true);
  });

  it.each(FORBIDDEN)('has none of %s (%s)', (pattern) => {
    expect(all.filter(([, text]) => pattern.test(text))).toEqual([]);
  });

  it('counts marks, groups and minutes in the singular and the plural', () => {
    expect(da.plan.meeting2.wishOption('Mere ro', 1, [1, 2, 4])).toBe(
      'Mere ro (1 streg · grupper 1, 2, 4)',
    );
    expect(da.plan.meeting2.wishOption('Mere ro', 3, [2])).toBe('Mere ro (3 streger · gruppe 2)');
    expect(da.plan.sources.wishOption('Mere ro', 1, [1, 2])).toBe(
      'Mere ro – 1 streg, grupper 1, 2',
    );
    expect(da.meeting.controller.extendLabel(5)).toBe('Giv punktet 5 minutter mere');
    expect(da.meeting.controller.extendLabel(1)).toBe('Giv punktet 1 minut mere');
    expect(da.meeting.controller.extendLabel(-1)).toBe('Tag 1 minut fra punktet');
  });
});
