import { del, entries, get, keys, set, type UseStore } from 'idb-keyval';
import { KeptDatabase } from '../database';
import type { ShareMode } from './links';

/** What this device keeps of a shared process besides the document: how to reach it. */
export interface ShareRecord {
  processId: string;
  room: string;
  mode: ShareMode;
  token: string;
  /** The room's key, base64url. */
  key: string;
  /** The Yjs document as last saved here: every sealed entry this device has. */
  state: Uint8Array | null;
}

const RECORD_PREFIX = 'share:';
/** Tells the other windows of this browser that a process is shared now, or anew. */
export const SHARES_CHANNEL = 'apv-dialog-shares';

// Its own database, so hydrating the documents never reads the sealed logs.
const shares = new KeptDatabase('apv-dialog-share', 'records');
export const shareDatabase = (): UseStore => shares.store;

/** Calls `write` when the share database is found deleted under the app, to write it back. */
export function whenSharesLost(write: () => void): void {
  shares.onRecreated = write;
}

/**
 * The documents' database was found deleted (site data cleared): a new connection finds out
 * whether this one went with it, and if so has what this device holds written back.
 */
export function checkSharesKept(): void {
  shares.reconnect();
  void keys(shares.store).catch(() => {});
}

export async function shareRecords(): Promise<ShareRecord[]> {
  const all = await entries<IDBValidKey, unknown>(shareDatabase());
  return all.flatMap(([key, value]) =>
    typeof key === 'string' && key.startsWith(RECORD_PREFIX) && isShareRecord(value) ? [value] : [],
  );
}

export const shareRecord = async (processId: string): Promise<ShareRecord | null> => {
  const value = await get<unknown>(`${RECORD_PREFIX}${processId}`, shareDatabase());
  return isShareRecord(value) ? value : null;
};

export const saveShareRecord = (record: ShareRecord): Promise<void> =>
  set(`${RECORD_PREFIX}${record.processId}`, record, shareDatabase());

export const dropShareRecord = (processId: string): Promise<void> =>
  del(`${RECORD_PREFIX}${processId}`, shareDatabase());

function isShareRecord(value: unknown): value is ShareRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    ['processId', 'room', 'token', 'key'].every((k) => typeof r[k] === 'string') &&
    (r.mode === 'edit' || r.mode === 'read') &&
    (r.state === null || r.state instanceof Uint8Array)
  );
}
