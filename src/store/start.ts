import { hydrate, startPersistence, whenStorageWiped } from './persistence';
import { startSync } from './sync';
import { startLanguagePreference } from './language';
import { checkSharesKept, SHARES_CHANNEL, shareRecords } from './share/records';
import { setSharedRecorder } from './store';

/** Loads stored data, then starts saving and syncing. Editing waits for `hydrated`. */
export async function startStore(): Promise<() => void> {
  startLanguagePreference();
  const shared = await shareRecords().catch(() => []);
  // Sharing loads only on a device that shares a process, while the documents are read; until
  // it runs, an edit of a shared process could not reach the other devices, so none is taken.
  const sharing = shared.length > 0 ? import('./share/sharing') : null;
  const sharedIds = new Set(shared.map((r) => r.processId));
  if (sharing) setSharedRecorder((id) => (sharedIds.has(id) ? 'unknownProcess' : undefined));
  // Read by the benchmark: how long loading the stored documents took, start to end.
  performance.mark('apv-hydrate-start');
  await hydrate();
  if (sharing) await (await sharing).startSharing(shared);
  performance.mark('apv-hydrated');
  const stopPersistence = startPersistence();
  const stopSync = startSync();
  const stopShares = listenForShares();
  const stopWipeCheck = whenStorageWiped(checkSharesKept);
  return () => {
    stopWipeCheck();
    stopShares();
    stopSync();
    stopPersistence();
  };
}

/** Another window shared or joined a process: open it here too (loading sharing if need be). */
function listenForShares(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(SHARES_CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const processId = (e.data as { processId?: unknown } | null)?.processId;
    if (typeof processId !== 'string' || processId.length > 100) return;
    void import('./share/sharing').then((m) => m.openSaved(processId));
  };
  return () => channel.close();
}
