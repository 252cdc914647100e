import { create } from 'zustand';

/**
 * Whether a new version waits (set by ./serviceWorker.ts). Apart from it, so the shell can
 * tell whether to load the update banner without loading the service worker's code: that
 * comes after the first render (src/main.tsx), outside the first load.
 */
interface UpdateState {
  /** The installed new version, waiting for the user's choice; null when none. */
  waiting: ServiceWorker | null;
}

export const useUpdate = create<UpdateState>(() => ({ waiting: null }));
