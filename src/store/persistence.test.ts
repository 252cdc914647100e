import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { clear, createStore, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProcess, SCHEMA_VERSION } from '../domain/document';
import { hydrate, SAVE_DELAY_MS, startPersistence } from './persistence';
import { useAppStore } from './store';

const db = createStore('apv-dialog', 'documents');
const sample = (id: string, name = 'Solsikken') =>
  createProcess({ id, name, now: new Date('2026-11-25T10:00:00Z') });

beforeEach(async () => {
  // A fresh, empty store for every test.
  await clear(db);
});

describe('persistence', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
    vi.useRealTimers();
  });

  it('loads stored processes and opens the gate', async () => {
    await set('process:a', sample('a'), db);
    expect(useAppStore.getState().hydrated).toBe(false);
    await hydrate();
    expect(useAppStore.getState().hydrated).toBe(true);
    expect(useAppStore.getState().processes.a?.name).toBe('Solsikken');
  });

  it('keeps a record that fails validation aside instead of dropping it', async () => {
    await set('process:good', sample('good'), db);
    await set('process:bad', { ...sample('bad'), people: 'ødelagt' }, db);
    await set('process:junk', '<<not even an object>>', db);
    await hydrate();
    const state = useAppStore.getState();
    expect(Object.keys(state.processes)).toEqual(['good']);
    expect(state.quarantine.map((q) => q.key).sort()).toEqual(['process:bad', 'process:junk']);
    expect(state.quarantine.find((q) => q.key === 'process:bad')?.raw).toContain('ødelagt');
    // Still stored, under its quarantine key, after the next load too.
    useAppStore.setState({ quarantine: [], processes: {} });
    await hydrate();
    expect(useAppStore.getState().quarantine).toHaveLength(2);
  });

  it('migrates a stored document of an old version on load and stores it in the current one', async () => {
    // A frozen version 1 document, as the first release saved it (tests/fixtures/v1.json).
    const v1 = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/v1.json'), 'utf8'),
    ) as { id: string; name: string };
    const key = `process:${v1.id}`;
    await set(key, v1, db);
    await hydrate();
    const loaded = useAppStore.getState().processes[v1.id];
    expect(loaded).toMatchObject({ schemaVersion: SCHEMA_VERSION, name: v1.name });
    expect(useAppStore.getState().quarantine).toEqual([]);
    expect(await get(key, db)).toEqual(loaded);
  });

  it('stores a change shortly after it is made', async () => {
    await hydrate();
    stop = startPersistence();
    const id = useAppStore.getState().processCreated('Køkkenet');
    useAppStore.getState().eventRecorded(id, { type: 'participantsSet', count: 6 });
    expect(useAppStore.getState().saveState).toBe('pending');
    await vi.waitFor(
      async () => expect(await get(`process:${id}`, db)).toMatchObject({ name: 'Køkkenet' }),
      {
        timeout: SAVE_DELAY_MS * 20,
      },
    );
    expect(await get(`process:${id}`, db)).toMatchObject({ people: { participants: 6 } });
    await vi.waitFor(() => expect(useAppStore.getState().saveState).toBe('saved'));
  });

  it('removes a deleted process from storage, and undo puts it back', async () => {
    await set('process:a', sample('a'), db);
    await hydrate();
    stop = startPersistence();
    const removed = useAppStore.getState().processDeleted('a')!;
    await vi.waitFor(async () => expect(await get('process:a', db)).toBeUndefined());
    useAppStore.getState().processesPut([removed]);
    await vi.waitFor(async () => expect(await get('process:a', db)).toEqual(removed));
  });

  it('writes a change made while the page is being closed in the same task, not after the delay', async () => {
    await hydrate();
    stop = startPersistence();
    const id = useAppStore.getState().processCreated('Køkkenet');
    await vi.waitFor(async () => expect(await get(`process:${id}`, db)).toBeDefined());
    // Timers no longer run (the page is going): only a write started at once lands.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    window.dispatchEvent(new Event('pagehide'));
    useAppStore.getState().eventRecorded(id, { type: 'participantsSet', count: 9 });
    await vi.waitFor(async () =>
      expect(await get(`process:${id}`, db)).toMatchObject({ people: { participants: 9 } }),
    );
    window.dispatchEvent(new Event('pageshow'));
  });

  it('keeps when each process was last backed up', async () => {
    await set('process:a', sample('a'), db);
    await hydrate();
    stop = startPersistence();
    useAppStore.getState().backupMade(['a']);
    const at = useAppStore.getState().backups.a;
    expect(at).toBeDefined();
    await vi.waitFor(async () => expect(await get('backups', db)).toEqual({ a: at }));
    stop();
    stop = null;
    useAppStore.setState({ backups: {} });
    await hydrate();
    expect(useAppStore.getState().backups).toEqual({ a: at });
  });

  it('writes everything back when the database is deleted while the app is open, and says so', async () => {
    await set('process:a', sample('a'), db);
    await set('process:b', sample('b', 'Køkkenet'), db);
    await hydrate();
    stop = startPersistence();
    expect(useAppStore.getState().storageLost).toBe(false);
    // This test's own connection would block the deletion (it is the file's last use of it).
    await db('readonly', (objects) => objects.transaction.db.close());
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('apv-dialog');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await vi.waitFor(() => expect(useAppStore.getState().storageLost).toBe(true));
    await vi.waitFor(() => expect(useAppStore.getState().saveState).toBe('saved'));
    const fresh = createStore('apv-dialog', 'documents');
    expect(await get('process:a', fresh)).toMatchObject({ name: 'Solsikken' });
    expect(await get('process:b', fresh)).toMatchObject({ name: 'Køkkenet' });
  });
});
