import { hydrate, startPersistence } from './persistence';
import { startSync } from './sync';
import { startLanguagePreference } from './language';

/** Loads stored data, then starts saving and syncing. Editing waits for `hydrated`. */
export async function startStore(): Promise<() => void> {
  startLanguagePreference();
  // Read by the benchmark: how long loading the stored documents took, start to end.
  performance.mark('apv-hydrate-start');
  await hydrate();
  performance.mark('apv-hydrated');
  const stopPersistence = startPersistence();
  const stopSync = startSync();
  return () => {
    stopSync();
    stopPersistence();
  };
}
