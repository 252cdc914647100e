import { useAppStore } from '../../store/store';
import { anyMeetingRunning } from './meetingRunning';
import { useUpdate } from './updateState';

/**
 * The service worker (built by vite-plugin-pwa, registerType 'prompt'): it precaches the
 * whole app, so after one visit everything opens with no network. A new version installs
 * in the background and then WAITS; it takes over only when the user presses »Genindlæs«
 * in the update banner (or when every window of the old version has been closed).
 */

const meetingRunning = () => anyMeetingRunning(useAppStore.getState().processes);

/** How often a long-open window asks the server for a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Lets the waiting version take over; every window then reloads onto it. */
export function applyUpdate(): void {
  const { waiting } = useUpdate.getState();
  // Never in a running meeting: the banner hides its button then, and this guards the rest.
  if (!waiting || meetingRunning()) return;
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

/** Reloads now, or, while a meeting runs in this window's data, once it is paused or over. */
function reloadWhenNoMeetingRuns(): void {
  if (!meetingRunning()) {
    window.location.reload();
    return;
  }
  const stop = useAppStore.subscribe((state) => {
    if (anyMeetingRunning(state.processes)) return;
    stop();
    window.location.reload();
  });
}

export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // A page that had a controller and gets a new one: the user chose a new version (here or
  // in another window). The first install also takes control (clientsClaim), but changes
  // no code, so that one is not a reason to reload.
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) reloadWhenNoMeetingRuns();
    controlled = true;
  });

  const registration = await container.register('./sw.js', { scope: './' });
  const offer = (worker: ServiceWorker | null) => {
    // Without a controller this is the first install, not an update.
    if (worker && container.controller) useUpdate.setState({ waiting: worker });
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(registration.waiting ?? installing);
    });
  });

  // A window can stay open for days: look for a new version now and then, and when the
  // network or the window comes back. A failed check (offline) is not an error.
  const check = () => void registration.update().catch(() => {});
  window.setInterval(check, CHECK_EVERY_MS);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
