import type { ApvProcess } from '../domain/document';
import type { ProcessEvent } from '../domain/events';

/** What windows of the app tell each other over the BroadcastChannel. */
export type SyncMessage =
  | { kind: 'event'; processId: string; event: ProcessEvent; at: string }
  | { kind: 'put'; processes: ApvProcess[] }
  | { kind: 'delete'; id: string }
  /** A window that just loaded asks the others for what they hold in memory. */
  | { kind: 'hello' }
  | { kind: 'snapshot'; processes: ApvProcess[] };
