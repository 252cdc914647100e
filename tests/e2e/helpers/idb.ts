import type { Page } from '@playwright/test';

/** Where the app keeps its documents (see src/store/persistence.ts). */
export const DB_NAME = 'apv-dialog';
export const STORE_NAME = 'documents';
export const processKey = (id: string) => `process:${id}`;

type StoreOp =
  | { kind: 'get'; key: string }
  | { kind: 'getJson'; key: string }
  | { kind: 'put'; key: string; value: unknown }
  | { kind: 'keys' };

/**
 * Runs one request against the app's object store, in the page, and returns its result.
 * Creates the database and store if the app has not yet (as idb-keyval would).
 */
async function withStore<T>(page: Page, mode: 'readonly' | 'readwrite', op: StoreOp): Promise<T> {
  return page.evaluate(
    ({ db, store, mode, op }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(store, mode);
          const objects = tx.objectStore(store);
          let result: unknown;
          if (op.kind === 'get' || op.kind === 'getJson') {
            const r = objects.get(op.key);
            r.onsuccess = () =>
              (result =
                op.kind === 'getJson' && r.result !== undefined
                  ? JSON.stringify(r.result)
                  : r.result);
          } else if (op.kind === 'put') {
            objects.put(op.value, op.key);
          } else {
            const r = objects.getAllKeys();
            r.onsuccess = () => (result = r.result);
          }
          tx.oncomplete = () => {
            database.close();
            resolve(result as T);
          };
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        };
      }),
    { db: DB_NAME, store: STORE_NAME, mode, op },
  );
}

/** Reads one stored value (undefined if absent). */
export function readRecord<T = unknown>(page: Page, key: string): Promise<T | undefined> {
  return withStore<T | undefined>(page, 'readonly', { kind: 'get', key });
}

/**
 * Reads one stored value as JSON text made in the page, so that own keys such as
 * "__proto__" survive the trip (undefined if absent).
 */
export function readRecordJson(page: Page, key: string): Promise<string | undefined> {
  return withStore<string | undefined>(page, 'readonly', { kind: 'getJson', key });
}

/** Reads a stored process document by id. */
export function readStoredProcess<T = Record<string, unknown>>(
  page: Page,
  id: string,
): Promise<T | undefined> {
  return readRecord<T>(page, processKey(id));
}

/** Writes any value under a key, bypassing the app (for corrupt or prepared records). */
export async function writeRecord(page: Page, key: string, value: unknown): Promise<void> {
  await withStore<void>(page, 'readwrite', { kind: 'put', key, value });
}

/** All keys in the object store, as strings. */
export async function storedKeys(page: Page): Promise<string[]> {
  const keys = await withStore<IDBValidKey[]>(page, 'readonly', { kind: 'keys' });
  return keys.map(String);
}
