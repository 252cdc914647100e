import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { RoomControl } from '../../domain/room/buildView';
import type { Verdict } from '../../domain/room/ledger';

/** What the leader's device keeps of a process's meeting room. */
export interface RoomRecord {
  processId: string;
  room: string;
  /** The leader's token (the room's edit token) and the phones' token. */
  leadToken: string;
  phoneToken: string;
  /** The room's key, base64url. */
  key: string;
  /** The short code the room, the phones' token and the key derive from (rooms opened since it came). */
  code?: string;
  control: RoomControl;
  /** How each entry was decided, so that a reload decides the same. */
  verdicts: [string, Verdict][];
  /** The room's Yjs document as last saved here. */
  state: Uint8Array | null;
}

/** Tells the other windows (the projector) that a room opened, changed or closed. */
export const ROOMS_CHANNEL = 'apv-dialog-rooms';

let db: UseStore | null = null;
const database = (): UseStore => (db ??= createStore('apv-dialog-room', 'records'));
const keyOf = (processId: string) => `room:${processId}`;

export async function roomRecord(processId: string): Promise<RoomRecord | null> {
  const value = await get<unknown>(keyOf(processId), database());
  return isRoomRecord(value) ? value : null;
}

export const saveRoomRecord = (record: RoomRecord): Promise<void> =>
  set(keyOf(record.processId), record, database());

export const dropRoomRecord = (processId: string): Promise<void> =>
  del(keyOf(processId), database());

function isRoomRecord(value: unknown): value is RoomRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const control = r.control as Record<string, unknown> | null;
  return (
    ['processId', 'room', 'leadToken', 'phoneToken', 'key'].every(
      (k) => typeof r[k] === 'string',
    ) &&
    (r.code === undefined || typeof r.code === 'string') &&
    typeof control?.open === 'boolean' &&
    typeof control.voteClosed === 'boolean' &&
    Array.isArray(r.verdicts) &&
    (r.state === null || r.state instanceof Uint8Array)
  );
}
