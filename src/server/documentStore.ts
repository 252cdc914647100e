import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { KeyedQueue } from './keyedQueue';
import { Refusal, RefusedError } from './refusals';
import type { RoomStore } from './roomStore';

/**
 * The Yjs state of each room, as `docs/<room>.bin`: exactly the bytes Yjs encodes from what
 * clients sent (ids, sizes and ciphertext), written whole and atomically.
 */
export class DocumentStore {
  private readonly dir: string;
  private readonly queue = new KeyedQueue();

  constructor(
    dataDir: string,
    private readonly rooms: RoomStore,
    private readonly log: (message: string, error?: unknown) => void,
  ) {
    this.dir = join(dataDir, 'docs');
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  private path(room: string) {
    return join(this.dir, `${room}.bin`);
  }

  /**
   * The stored state of a live room, or null when nothing is stored yet. Throws for a room that
   * is unknown or revoked, and when the file cannot be read: better to refuse the connection
   * than to start from an empty document and later store it over the real one.
   */
  fetch(room: string): Promise<Uint8Array | null> {
    return this.queue.run(room, async () => {
      const record = await this.rooms.get(room);
      if (!record) throw new RefusedError(Refusal.unknownRoom);
      if (record.state === 'revoked') throw new RefusedError(Refusal.revoked);
      try {
        return new Uint8Array(await readFile(this.path(room)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    });
  }

  /**
   * Stores a live room's state. Never throws (a throwing store hook leaks the document in
   * Hocuspocus): a failure is logged, and the clients still hold the edits and send them again.
   */
  store(room: string, state: Uint8Array): Promise<void> {
    return this.queue.run(room, async () => {
      if (!this.rooms.isLive(room)) return;
      try {
        await writeFileAtomic(this.path(room), state);
      } catch (error) {
        this.log(`could not store room ${room}`, error);
      }
    });
  }

  /** Deletes a room's state, after any write of it already under way. */
  remove(room: string): Promise<void> {
    return this.queue.run(room, () => rm(this.path(room), { force: true }));
  }

  /** Resolves when every read, write and removal queued so far has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }
}
