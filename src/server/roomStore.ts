import { timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { hashToken, isRoomId, isToken, isTokenHash } from './ids';
import { KeyedQueue } from './keyedQueue';
import { Refusal } from './refusals';

/**
 * What the server keeps of a room, in `rooms/<id>.json`: the sha256 of its two tokens, or,
 * once revoked, only that it was (a tombstone, so the id can never be used again).
 */
export type RoomRecord =
  { state: 'live'; editHash: string; readHash: string } | { state: 'revoked' };

export type Access = 'edit' | 'read';

function parseRecord(text: string): RoomRecord {
  const value: unknown = JSON.parse(text);
  if (typeof value === 'object' && value !== null && 'state' in value) {
    if (value.state === 'revoked') return { state: 'revoked' };
    if (
      value.state === 'live' &&
      'editHash' in value &&
      'readHash' in value &&
      isTokenHash(value.editHash) &&
      isTokenHash(value.readHash)
    ) {
      return { state: 'live', editHash: value.editHash, readHash: value.readHash };
    }
  }
  throw new Error('not a room record');
}

const sameHash = (a: string, b: string) => timingSafeEqual(Buffer.from(a), Buffer.from(b));

export class RoomStore {
  private readonly dir: string;
  /** Records read or written so far; ids that do not exist are not kept. */
  private readonly cache = new Map<string, RoomRecord>();
  private readonly queue = new KeyedQueue();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'rooms');
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  private path(id: string) {
    return join(this.dir, `${id}.json`);
  }

  /** The room's record, or undefined when there is none (also for anything not a room id). */
  async get(id: string): Promise<RoomRecord | undefined> {
    if (!isRoomId(id)) return undefined;
    const cached = this.cache.get(id);
    if (cached) return cached;
    let text: string;
    try {
      text = await readFile(this.path(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const record = parseRecord(text);
    this.cache.set(id, record);
    return record;
  }

  /** True when the room exists and is not revoked, from what is already known (no disk read). */
  isLive(id: string): boolean {
    return this.cache.get(id)?.state === 'live';
  }

  private async write(id: string, record: RoomRecord) {
    await writeFileAtomic(this.path(id), `${JSON.stringify(record)}\n`);
    this.cache.set(id, record);
  }

  create(
    id: string,
    editHash: string,
    readHash: string,
  ): Promise<'created' | 'exists' | 'revoked'> {
    return this.queue.run(id, async () => {
      const existing = await this.get(id);
      if (existing) return existing.state === 'revoked' ? 'revoked' : 'exists';
      await this.write(id, { state: 'live', editHash, readHash });
      return 'created';
    });
  }

  /** Which access `token` gives to the room, or why it gives none. */
  async access(id: string, token: string): Promise<Access | Refusal> {
    const record = await this.get(id);
    if (!record) return Refusal.unknownRoom;
    if (record.state === 'revoked') return Refusal.revoked;
    if (!isToken(token)) return Refusal.forbidden;
    const hash = hashToken(token);
    if (sameHash(hash, record.editHash)) return 'edit';
    if (sameHash(hash, record.readHash)) return 'read';
    return Refusal.forbidden;
  }

  /**
   * Replaces the room's record by a tombstone, if `editToken` is the room's edit token; 'done',
   * or why not.
   */
  revoke(id: string, editToken: string): Promise<'done' | Refusal> {
    return this.queue.run(id, async () => {
      const access = await this.access(id, editToken);
      if (access === 'read') return Refusal.forbidden;
      if (access !== 'edit') return access;
      await this.write(id, { state: 'revoked' });
      return 'done';
    });
  }
}
