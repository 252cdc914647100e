import type { KeptDraft } from '../domain/draft';
import { clock } from './clock';
import { engine } from './engine';

/**
 * Text typed into a field that did not become a committed value, kept in IndexedDB beside the
 * documents under `draft:<process id>:<field>`, so that a crash or a closed tab loses none of
 * it and the field offers it back when its page opens again. Writes go through `setDraftWriter`
 * (persistence), at most `DRAFT_DELAY_MS` behind the keyboard, and at once while the page is
 * hidden or closing.
 */
export const DRAFT_PREFIX = 'draft:';
export const DRAFT_DELAY_MS = 250;

type Writer = (puts: [string, KeptDraft][], deletes: string[]) => Promise<void>;
let writer: Writer | null = null;
export function setDraftWriter(write: Writer | null): void {
  writer = write;
}

const keyOf = (processId: string, field: string) => `${DRAFT_PREFIX}${processId}:${field}`;

/** What storage holds, as this window last read or wrote it. */
const kept = new Map<string, KeptDraft>();
/** Written at the next flush: a draft, or null to delete it. */
const pending = new Map<string, KeptDraft | null>();
let timer: ReturnType<typeof setTimeout> | null = null;

/**
 * Takes the drafts read on opening: each is checked (`parseDraft`); one that fails, or whose
 * process is gone, is not offered. Returns the keys of drafts of processes that are gone.
 */
export function draftsRead(records: [string, unknown][], processIds: Set<string>): string[] {
  const orphans: string[] = [];
  for (const [key, value] of records) {
    const processId = key.slice(DRAFT_PREFIX.length).split(':')[0] ?? '';
    if (!processIds.has(processId)) {
      orphans.push(key);
      continue;
    }
    const draft = engine().parseDraft(value);
    if (draft) kept.set(key, draft);
  }
  return orphans;
}

/** The draft kept for this field of a process, if any. */
export const keptDraft = (processId: string, field: string): string | null =>
  kept.get(keyOf(processId, field))?.text ?? null;

/** Every draft kept, to write back when the database was deleted under the app. */
export const keptDrafts = (): [string, KeptDraft][] => [...kept];

/** Keeps what the field holds now (an empty text drops the draft). */
export function draftTyped(processId: string, field: string, text: string): void {
  if (text.trim() === '') return draftDropped(processId, field);
  const key = keyOf(processId, field);
  if (kept.get(key)?.text === text) return;
  const draft = { text, at: clock.now().toISOString() };
  kept.set(key, draft);
  schedule(key, draft);
}

/**
 * The field's text was committed, added, taken back or thrown away: nothing to keep (when
 * `text` is given, only if the draft still is that text).
 */
export function draftDropped(processId: string, field: string, text?: string): void {
  const key = keyOf(processId, field);
  if (text !== undefined && kept.get(key)?.text !== text) return;
  if (!kept.has(key) && !pending.has(key)) return;
  kept.delete(key);
  schedule(key, null);
}

function schedule(key: string, draft: KeptDraft | null): void {
  pending.set(key, draft);
  listen();
  if (document.visibilityState === 'hidden') flushDrafts();
  else timer ??= setTimeout(flushDrafts, DRAFT_DELAY_MS);
}

/** Writes every pending draft now, in one transaction. */
export function flushDrafts(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!writer || pending.size === 0) return;
  const puts: [string, KeptDraft][] = [];
  const deletes: string[] = [];
  for (const [key, draft] of pending) {
    if (draft) puts.push([key, draft]);
    else deletes.push(key);
  }
  const written = new Map(pending);
  pending.clear();
  writer(puts, deletes).catch(() => {
    // Tried again with the next draft, unless a newer one took its place meanwhile.
    for (const [key, draft] of written) if (!pending.has(key)) pending.set(key, draft);
  });
}

let listening = false;
/** While the page is hidden or closing, what is pending is written in the same task. */
function listen(): void {
  if (listening) return;
  listening = true;
  const hidden = () => {
    if (document.visibilityState === 'hidden') flushDrafts();
  };
  window.addEventListener('pagehide', flushDrafts);
  document.addEventListener('visibilitychange', hidden);
}

/** Tests start with no drafts. */
export function resetDrafts(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  kept.clear();
  pending.clear();
}
