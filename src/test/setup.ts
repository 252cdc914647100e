import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { engine } from '../domain/engine';
import { da } from '../i18n/da';
import { usePacks } from '../i18n/packs';
import { setEngine } from '../store/engine';
import { initialState, useAppStore } from '../store/store';

setEngine(engine);
usePacks.setState({ da });

afterEach(() => {
  cleanup();
  useAppStore.setState(initialState);
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
