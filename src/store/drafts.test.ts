import { clear, createStore, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProcess } from '../domain/document';
import { DRAFT_DELAY_MS, draftDropped, draftTyped, keptDraft, resetDrafts } from './drafts';
import { hydrate, startPersistence } from './persistence';

const db = createStore('apv-dialog', 'documents');
const AT = '2030-01-01T12:00:00.000Z';

beforeEach(async () => {
  await clear(db);
  await set('process:p1', createProcess({ id: 'p1', name: 'Solsikken', now: new Date(AT) }), db);
});

/** What the next opening finds: this window's memory gone, the database read again. */
async function reopen() {
  resetDrafts();
  await hydrate();
}

describe('drafts', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
  });

  it('keeps a typed text in IndexedDB shortly after it is typed, and finds it on opening', async () => {
    await hydrate();
    stop = startPersistence();
    draftTyped('p1', 'wishes:new', 'Mere ro');
    draftTyped('p1', 'wishes:new', 'Mere ro i pausen');
    await new Promise((resolve) => setTimeout(resolve, DRAFT_DELAY_MS * 4));
    expect(await get('draft:p1:wishes:new', db)).toMatchObject({ text: 'Mere ro i pausen' });
    stop();
    stop = null;
    await reopen();
    expect(keptDraft('p1', 'wishes:new')).toBe('Mere ro i pausen');
  });

  it('drops a draft once it is committed, and an emptied field keeps nothing', async () => {
    await hydrate();
    stop = startPersistence();
    draftTyped('p1', 'question:a', 'Svar');
    draftTyped('p1', 'wishes:new', 'Linje');
    await new Promise((resolve) => setTimeout(resolve, DRAFT_DELAY_MS * 4));
    draftDropped('p1', 'question:a');
    draftTyped('p1', 'wishes:new', '  ');
    await new Promise((resolve) => setTimeout(resolve, DRAFT_DELAY_MS * 4));
    expect(await get('draft:p1:question:a', db)).toBeUndefined();
    expect(await get('draft:p1:wishes:new', db)).toBeUndefined();
  });

  it('writes a draft typed while the page is being closed in the same task', async () => {
    await hydrate();
    stop = startPersistence();
    // Only a write started at once lands: the timer below would be too late for the test.
    draftTyped('p1', 'wishes:new', 'Før');
    window.dispatchEvent(new Event('pagehide'));
    expect(await get('draft:p1:wishes:new', db)).toMatchObject({ text: 'Før' });
  });

  it('offers only drafts that pass the schema, and removes those of a deleted process', async () => {
    await set('draft:p1:good', { text: 'Gyldig', at: AT }, db);
    await set('draft:p1:long', { text: 'x'.repeat(20_001), at: AT }, db);
    await set('draft:p1:extra', { text: 'Med mere', at: AT, html: '<b>' }, db);
    await set('draft:p1:notime', { text: 'Uden tid', at: 'i går' }, db);
    await set('draft:p1:junk', '<<ikke et udkast>>', db);
    await set('draft:gone:field', { text: 'Forældreløs', at: AT }, db);
    await reopen();
    expect(keptDraft('p1', 'good')).toBe('Gyldig');
    for (const field of ['long', 'extra', 'notime', 'junk'])
      expect(keptDraft('p1', field)).toBe(null);
    expect(await get('draft:gone:field', db)).toBeUndefined();
    // What fails is left as it is: nothing read changes it.
    expect(await get('draft:p1:junk', db)).toBe('<<ikke et udkast>>');
  });
});
