import { timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { hashToken, isRoomId, isToken, isTokenHash } from './ids';
import { KeyedQueue } from './keyedQueue';
import { Refusal } from './refusals';

/**
 * What a room holds: a shared process (the default), or a meeting room, whose second token is
 * the phones': it may add entries of its own, but not change or delete any (`phoneUpdate.ts`).
 */
export type RoomKind = 'process' | 'meeting';

/**
 * What the server keeps of a room, in `rooms/<id>.json`: the sha256 of its two tokens and its
 * kind, or, once revoked, only that it was (a tombstone, so the id can never be used again).
 */
export type RoomRecord =
  { state: 'live'; editHash: string; readHash: string; kind: RoomKind } | { state: 'revoked' };

/** What a token lets a client do: edit or read a process; lead a meeting room or join it by phone. */
export type Access = 'edit' | 'read' | 'lead' | 'phone';

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
      // Records from before meeting rooms have no kind: they are processes.
      const kind = 'kind' in value && value.kind === 'meeting' ? 'meeting' : 'process';
      return { state: 'live', editHash: value.editHash, readHash: value.readHash, kind };
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
    kind: RoomKind = 'process',
  ): Promise<'created' | 'exists' | 'revoked'> {
    return this.queue.run(id, async () => {
      const existing = await this.get(id);
      if (existing) return existing.state === 'revoked' ? 'revoked' : 'exists';
      await this.write(id, { state: 'live', editHash, readHash, kind });
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
    const meeting = record.kind === 'meeting';
    if (sameHash(hash, record.editHash)) return meeting ? 'lead' : 'edit';
    if (sameHash(hash, record.readHash)) return meeting ? 'phone' : 'read';
    return Refusal.forbidden;
  }

  /**
   * Replaces the room's record by a tombstone, if `editToken` is the room's edit token; 'done',
   * or why not.
   */
  revoke(id: string, editToken: string): Promise<'done' | Refusal> {
    return this.queue.run(id, async () => {
      const access = await this.access(id, editToken);
      if (access === 'read' || access === 'phone') return Refusal.forbidden;
      if (access !== 'edit' && access !== 'lead') return access;
      await this.write(id, { state: 'revoked' });
      return 'done';
    });
  }
}
