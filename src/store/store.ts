import { create } from 'zustand';
import type { ApvProcess } from '../domain/document';
import type { ProcessEvent, RejectionOf } from '../domain/events';
import { isRejection } from '../domain/outcome';
import { clock } from './clock';
import { engine } from './engine';
import type { ShareStatus } from '../domain/sync/shareStatus';
import { initialSyncStatus, type SyncMessage, type SyncStatus } from './syncMessages';
import { forgetLog, recordInWindow } from './windowLogs';

export type Language = 'da' | 'en';

/** What became of a recorded event: taken (perhaps changing nothing), or refused and why. */
export type RecordOutcome<E extends ProcessEvent = ProcessEvent> =
  { ok: true } | { ok: false; reason: RejectionOf<E> };
export type SaveState = 'saved' | 'pending' | 'error';

/** A stored record that failed validation: kept aside, never silently dropped. */
export interface QuarantinedRecord {
  key: string;
  raw: string;
  reason: string;
  foundAt: string;
}

export interface AppState {
  hydrated: boolean;
  processes: Record<string, ApvProcess>;
  quarantine: QuarantinedRecord[];
  saveState: SaveState;
  language: Language;
  /** Messages from other windows that this one could not take. */
  sync: SyncStatus;
  /** The processes shared with other devices, and how each is connected. */
  shares: Record<string, ShareStatus>;
  /** When each process was last saved in a backup file from this browser. */
  backups: Record<string, string>;
  /** The browser deleted the stored data while the app was open (it wrote it all back). */
  storageLost: boolean;
}

export interface AppActions {
  processCreated(name: string): string;
  processDeleted(id: string): ApvProcess | undefined;
  /** Puts whole processes in place: undo of a delete, an import, or a copy. */
  processesPut(processes: ApvProcess[]): void;
  /**
   * Records one change to a process: the single way a document is edited. The domain judges
   * the event; a refused event changes nothing, and the outcome says why.
   */
  eventRecorded<E extends ProcessEvent>(processId: string, event: E): RecordOutcome<E>;
  languageChanged(language: Language): void;
  quarantineDismissed(key: string): void;
  /** A backup file with these processes was saved just now. */
  backupMade(processIds: string[]): void;
  storageLostDismissed(): void;
}

export type AppStore = AppState & AppActions;

export const initialState: AppState = {
  hydrated: false,
  processes: {},
  quarantine: [],
  saveState: 'saved',
  language: 'da',
  sync: initialSyncStatus,
  shares: {},
  backups: {},
  storageLost: false,
};

type Broadcast = (message: SyncMessage) => void;
let broadcast: Broadcast = () => {};
/** Set by the sync module: where local changes are sent for other windows. */
export function setBroadcast(fn: Broadcast): void {
  broadcast = fn;
}

/**
 * Where an event for a shared process goes instead (set once sharing is loaded): it logs the
 * event, seals it for the other devices, and returns the document the log now folds to; or
 * undefined when the process is not shared.
 */
type SharedRecorder = (
  processId: string,
  event: ProcessEvent,
) => ApvProcess | RejectionOf<ProcessEvent> | undefined;
let sharedRecorder: SharedRecorder = () => undefined;
export function setSharedRecorder(fn: SharedRecorder): void {
  sharedRecorder = fn;
}

/** Whether the store's last change came from another window (read by fields, see `app/`). */
let lastChangeElsewhere = false;
export const changedElsewhere = (): boolean => lastChangeElsewhere;
export function markChangeElsewhere(): void {
  lastChangeElsewhere = true;
}

export const useAppStore = create<AppStore>()((set, get) => ({
  ...initialState,

  processCreated(name) {
    const process = engine().createProcess({
      id: clock.newId(),
      name: name.trim(),
      now: clock.now(),
    });
    set((s) => ({ processes: { ...s.processes, [process.id]: process } }));
    broadcast({ kind: 'put', processes: [process] });
    // An APV lives for years in this browser: ask it not to evict the data under pressure.
    void navigator.storage?.persist?.();
    return process.id;
  },

  processDeleted(id) {
    const process = get().processes[id];
    if (!process) return undefined;
    set((s) => {
      const { [id]: _removed, ...rest } = s.processes;
      return { processes: rest };
    });
    forgetLog(id);
    broadcast({ kind: 'delete', id });
    return process;
  },

  processesPut(processes) {
    set((s) => putProcesses(s, processes));
    broadcast({ kind: 'put', processes });
  },

  eventRecorded<E extends ProcessEvent>(processId: string, event: E): RecordOutcome<E> {
    const doc = get().processes[processId];
    if (!doc) return { ok: false, reason: 'unknownProcess' };
    lastChangeElsewhere = false;
    const shared = sharedRecorder(processId, event);
    if (shared !== undefined) {
      // The share session carries it to other windows and devices.
      if (isRejection(shared)) return { ok: false, reason: shared as RejectionOf<E> };
      if (shared !== doc) set((s) => ({ processes: { ...s.processes, [processId]: shared } }));
      return { ok: true };
    }
    // Logged in this window's event log and sent to the others, which fold it in the same order.
    const recorded = recordInWindow(processId, doc, event);
    if (isRejection(recorded)) return { ok: false, reason: recorded as RejectionOf<E> };
    if (recorded.doc !== doc) {
      set((s) => ({ processes: { ...s.processes, [processId]: recorded.doc } }));
    }
    broadcast({ kind: 'event', ...recorded.wire });
    return { ok: true };
  },

  languageChanged(language) {
    set({ language });
  },

  quarantineDismissed(key) {
    set((s) => ({ quarantine: s.quarantine.filter((q) => q.key !== key) }));
  },

  backupMade(processIds) {
    const at = clock.now().toISOString();
    set((s) => ({
      backups: { ...s.backups, ...Object.fromEntries(processIds.map((id) => [id, at])) },
    }));
  },

  storageLostDismissed() {
    set({ storageLost: false });
  },
}));

export function putProcesses(state: AppState, processes: ApvProcess[]): Partial<AppState> {
  const next = { ...state.processes };
  for (const p of processes) next[p.id] = p;
  return { processes: next };
}
