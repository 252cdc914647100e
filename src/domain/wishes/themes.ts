import { LIMITS } from '../limits';
import { bruttoliste, type BruttolisteRow } from './bruttoliste';
import { isListed, unlistedReason } from './capture';
import { cleanText, isValidId, replaceAt } from './fields';
import type { WishesOutcome, WishesRejection } from './rejections';
import type { WishesSection, Theme } from './types';

type Outcome = WishesOutcome<WishesSection>;

/** Names compare trimmed and case-insensitively: "Ro" and " ro " are the same heading. */
export const themeNameKey = (name: string) => name.trim().toLocaleLowerCase('da');

function themeName(
  section: WishesSection,
  name: string,
  exceptId: string | null,
): { name: string } | WishesRejection {
  const clean = cleanText(name);
  if (clean === null) return 'emptyThemeName';
  const key = themeNameKey(clean);
  const taken = section.themes.some((t) => t.id !== exceptId && themeNameKey(t.name) === key);
  return taken ? 'duplicateThemeName' : { name: clean };
}

function findTheme(section: WishesSection, themeId: string) {
  const index = section.themes.findIndex((t) => t.id === themeId);
  return { index, theme: section.themes[index] };
}

const isPosition = (index: number) => Number.isInteger(index) && index >= 0;

/** Adds a heading at the end. */
export function createTheme(
  section: WishesSection,
  input: { themeId: string; name: string },
): Outcome {
  if (!isValidId(input.themeId)) return 'invalidId';
  if (section.themes.some((t) => t.id === input.themeId)) return 'duplicateId';
  if (section.themes.length >= LIMITS.listItems) return 'listFull';
  const named = themeName(section, input.name, null);
  if (typeof named === 'string') return named;
  const theme: Theme = { id: input.themeId, name: named.name, wishIds: [] };
  return { ...section, themes: [...section.themes, theme] };
}

export function renameTheme(
  section: WishesSection,
  input: { themeId: string; name: string },
): Outcome {
  const { index, theme } = findTheme(section, input.themeId);
  if (!theme) return 'unknownTheme';
  const named = themeName(section, input.name, theme.id);
  if (typeof named === 'string') return named;
  const { name } = named;
  if (name === theme.name) return section;
  return { ...section, themes: replaceAt(section.themes, index, { ...theme, name }) };
}

/** Moves a heading to `index` in the order of headings (past the end means last). */
export function moveTheme(
  section: WishesSection,
  input: { themeId: string; index: number },
): Outcome {
  const { index: from, theme } = findTheme(section, input.themeId);
  if (!theme) return 'unknownTheme';
  if (!isPosition(input.index)) return 'invalidPosition';
  const to = Math.min(input.index, section.themes.length - 1);
  if (to === from) return section;
  const themes = section.themes.filter((t) => t !== theme);
  themes.splice(to, 0, theme);
  return { ...section, themes };
}

/** Removes a heading; its wishes go back to unthemed. */
export function removeTheme(section: WishesSection, themeId: string): Outcome {
  if (!section.themes.some((t) => t.id === themeId)) return 'unknownTheme';
  return { ...section, themes: section.themes.filter((t) => t.id !== themeId) };
}

/**
 * Puts a listed wish under a heading at `index` among that heading's visible wishes (past the
 * end means last), taking it out of any heading it was under: into, within and between themes.
 */
export function placeWish(
  section: WishesSection,
  input: { wishId: string; themeId: string; index: number },
): Outcome {
  const byId = new Map(section.wishes.map((w) => [w.id, w]));
  const reason = unlistedReason(byId.get(input.wishId));
  if (reason) return reason;
  if (!section.themes.some((t) => t.id === input.themeId)) return 'unknownTheme';
  if (!isPosition(input.index)) return 'invalidPosition';
  const visible = (id: string) => {
    const wish = byId.get(id);
    return wish !== undefined && isListed(wish);
  };
  const themes = section.themes.map((theme) => {
    const without = theme.wishIds.filter((id) => id !== input.wishId);
    if (theme.id !== input.themeId)
      return without.length === theme.wishIds.length ? theme : { ...theme, wishIds: without };
    const wishIds = insertAmongVisible(without, input.wishId, input.index, visible);
    return sameIds(wishIds, theme.wishIds) ? theme : { ...theme, wishIds };
  });
  return themes.every((t, i) => t === section.themes[i]) ? section : { ...section, themes };
}

/** Inserts `id` before the visible id at position `index`, or after all of them. */
function insertAmongVisible(
  ids: readonly string[],
  id: string,
  index: number,
  visible: (id: string) => boolean,
): string[] {
  let seen = 0;
  let at = ids.length;
  for (let i = 0; i < ids.length; i++) {
    if (!visible(ids[i] as string)) continue;
    if (seen === index) {
      at = i;
      break;
    }
    seen++;
  }
  return [...ids.slice(0, at), id, ...ids.slice(at)];
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Takes a listed wish out of its heading, back to unthemed. */
export function unthemeWish(section: WishesSection, wishId: string): Outcome {
  const reason = unlistedReason(section.wishes.find((w) => w.id === wishId));
  if (reason) return reason;
  const index = section.themes.findIndex((t) => t.wishIds.includes(wishId));
  const theme = section.themes[index];
  if (!theme) return section;
  const wishIds = theme.wishIds.filter((id) => id !== wishId);
  return { ...section, themes: replaceAt(section.themes, index, { ...theme, wishIds }) };
}

export interface ThemeGroup {
  /** null for the wishes under no heading. */
  theme: Theme | null;
  rows: BruttolisteRow[];
}

/**
 * The bruttoliste grouped by heading, in heading order, with unthemed wishes last (in list
 * order). Every listed wish appears exactly once. Meeting 2 and the handleplan build on this.
 * `listed` is the section's bruttoliste, for a caller that has it already.
 */
export function themedList(
  section: WishesSection,
  listed: readonly BruttolisteRow[] = bruttoliste(section),
): ThemeGroup[] {
  const rows = new Map(listed.map((row) => [row.wish.id, row]));
  const groups: ThemeGroup[] = section.themes.map((theme) => {
    const themed: BruttolisteRow[] = [];
    for (const id of theme.wishIds) {
      const row = rows.get(id);
      if (!row) continue;
      themed.push(row);
      rows.delete(id); // guards against an id under two headings in corrupt data
    }
    return { theme, rows: themed };
  });
  return [...groups, { theme: null, rows: [...rows.values()] }];
}

/** The heading a wish is under, if any. */
export function themeOf(section: WishesSection, wishId: string): Theme | undefined {
  return section.themes.find((t) => t.wishIds.includes(wishId));
}
