import { promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * A database of the app with one object store, kept open: opened again when the browser
 * closes the connection (site data cleared) or gives it up for a deletion. A database that has
 * to be created after this app had it was deleted behind its back: `onRecreated` is called.
 */
export class KeptDatabase {
  /** Called when the database had to be created again while the app was running. */
  onRecreated = () => {};
  private connection: Promise<IDBDatabase> | null = null;
  private openedBefore = false;

  constructor(
    private readonly name: string,
    private readonly storeName: string,
  ) {}

  /** An idb-keyval store on this database, for `get`, `set`, `entries` and the like. */
  readonly store: UseStore = (mode, callback) =>
    this.connect().then((db) =>
      callback(db.transaction(this.storeName, mode).objectStore(this.storeName)),
    );

  /**
   * Puts and deletes in one transaction, committed as soon as its requests are made: started
   * while the page is hidden or closed, it still completes.
   */
  write(puts: [string, unknown][], deletes: string[]): Promise<void> {
    return this.store('readwrite', (objects) => {
      for (const [key, value] of puts) objects.put(value, key);
      for (const key of deletes) objects.delete(key);
      objects.transaction.commit();
      return promisifyRequest(objects.transaction);
    });
  }

  /** The next request opens a new connection (which finds a deleted database gone). */
  reconnect(): void {
    const old = this.connection;
    this.connection = null;
    void old?.then((db) => db.close()).catch(() => {});
  }

  private connect(): Promise<IDBDatabase> {
    this.connection ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name);
      let created = false;
      request.onupgradeneeded = () => {
        request.result.createObjectStore(this.storeName);
        created = true;
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        // Opened again at once, so that a deletion is noticed even before the next write.
        const lost = () => {
          this.connection = null;
          void this.connect().catch(() => {});
        };
        db.onversionchange = () => {
          db.close();
          lost();
        };
        db.onclose = lost;
        if (created && this.openedBefore) this.onRecreated();
        this.openedBefore = true;
        resolve(db);
      };
    });
    return this.connection;
  }
}
