import type { ApvProcess } from '../domain/document';
import type { LogEntry } from '../domain/sync/logEntry';
import type { WireEntry } from '../domain/sync/replica';
import { SCHEMA_VERSION } from '../domain/version';

/**
 * The version of the messages between windows. Bump it when a message's shape or meaning
 * changes without a new document schema; either number going up tells older windows to reload.
 */
export const SYNC_PROTOCOL = 2;

/** What windows of the app tell each other over the BroadcastChannel. */
export type SyncMessage =
  /** An entry of a process's event log, made in the sending window (`domain/sync/replica.ts`). */
  | ({ kind: 'event' } & WireEntry)
  | { kind: 'put'; processes: ApvProcess[] }
  | { kind: 'delete'; id: string }
  /** A window that just loaded asks the others for what they hold in memory. */
  | { kind: 'hello'; from: string }
  /** The answer to window `to`'s hello: each process's log, as its base and its entries. */
  | { kind: 'snapshot'; to: string; processes: ApvProcess[]; entries: WireEntry[] }
  /** The answer to an older window's hello: the envelope alone tells it to reload. */
  | { kind: 'version' };

/** A message as it goes on the channel, with the versions of the window that sent it. */
/** A message as it is taken in: its entries checked. */
export type ReadMessage =
  | Exclude<SyncMessage, { kind: 'event' | 'snapshot' }>
  | { kind: 'event'; processId: string; entry: LogEntry }
  | { kind: 'snapshot'; to: string; processes: ApvProcess[]; entries: [string, LogEntry][] };

export type SyncEnvelope = SyncMessage & { protocol: number; schemaVersion: number };

export function stamp(message: SyncMessage): SyncEnvelope {
  return { ...message, protocol: SYNC_PROTOCOL, schemaVersion: SCHEMA_VERSION };
}

/** What this window could not take from other windows (see sync.ts). */
export interface SyncStatus {
  /** Another window runs a newer version: this one should reload. */
  newerVersion: boolean;
  /** Malformed messages ignored since this window loaded. */
  rejected: number;
  lastRejection: string | null;
}

export const initialSyncStatus: SyncStatus = {
  newerVersion: false,
  rejected: 0,
  lastRejection: null,
};
