import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { engine } from '../domain/engine';
import { da } from '../i18n/da';
import { usePacks } from '../i18n/packs';
import { clock } from '../store/clock';
import { setEngine } from '../store/engine';
import { initialState, useAppStore } from '../store/store';
import { resetWindowLogs } from '../store/windowLogs';
import { resetDrafts } from '../store/drafts';

setEngine(engine);
usePacks.setState({ da });

/**
 * Tests run on a clock moved to 2030, after every date their seeds use (the example workplace
 * runs in 2027), since the domain refuses an event stamped later than it is recorded. It runs
 * on, so events keep their order in time.
 */
const OFFSET_MS = Date.UTC(2030, 0, 1, 12) - Date.now();
const testNow = () => new Date(Date.now() + OFFSET_MS);
clock.now = testNow;

afterEach(() => {
  cleanup();
  useAppStore.setState(initialState);
  resetWindowLogs();
  resetDrafts();
  clock.now = testNow;
});

// jsdom lacks the modal methods of <dialog>; open and close are enough for these tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
