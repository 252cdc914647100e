import type { ApvProcess } from '../domain/document';
import { SCHEMA_VERSION } from '../domain/version';
import { applyToState, putProcesses, setBroadcast, useAppStore } from './store';
import type { SyncMessage } from './syncMessages';

const CHANNEL = 'apv-dialog-sync';

/**
 * Keeps windows of the app in step. Windows send each other events, not whole
 * documents, so two windows editing different fields of a process both keep their edit.
 */
export function startSync(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  setBroadcast((message) => channel.postMessage(message));
  channel.onmessage = (e: MessageEvent<SyncMessage>) =>
    receive(e.data, (m) => channel.postMessage(m));
  channel.postMessage({ kind: 'hello' } satisfies SyncMessage);
  return () => {
    setBroadcast(() => {});
    channel.close();
  };
}

export function receive(message: SyncMessage, reply: (m: SyncMessage) => void): void {
  const store = useAppStore;
  switch (message.kind) {
    case 'event':
      store.setState((s) => applyToState(s, message.processId, message.event, message.at));
      return;
    case 'put':
      store.setState((s) => putProcesses(s, current(message.processes)));
      return;
    case 'delete':
      store.setState((s) => {
        const { [message.id]: _removed, ...rest } = s.processes;
        return { processes: rest };
      });
      return;
    case 'hello':
      if (store.getState().hydrated) {
        reply({ kind: 'snapshot', processes: Object.values(store.getState().processes) });
      }
      return;
    case 'snapshot':
      // Take another window's copy only where it is newer than ours (it may not be saved yet).
      store.setState((s) =>
        putProcesses(
          s,
          current(message.processes).filter((p) => {
            const ours = s.processes[p.id];
            return ours === undefined || ours.updatedAt < p.updatedAt;
          }),
        ),
      );
      return;
  }
}

/**
 * Documents in the shape this version of the app reads. A window still running an older version
 * (open across an update) sends older documents; they are left out, and it reloads to catch up.
 */
function current(processes: ApvProcess[]): ApvProcess[] {
  return processes.filter((p) => p.schemaVersion === SCHEMA_VERSION);
}
