/** Test-only: a process with a bruttoliste (two themed wishes with marks) and meeting-2 proposals. */
import type { ProcessEvent } from '../domain/events';
import { seedProcess } from './renderWithStore';
import { useAppStore } from '../store/store';

export const AT = '2027-01-10T10:00:00.000Z';

export function send(...events: ProcessEvent[]) {
  for (const event of events) useAppStore.getState().eventRecorded('p1', event);
}

export function seedWithWishes() {
  seedProcess();
  send(
    { type: 'wishAdded', wishId: 'w1', text: 'Ro til fordybelse', group: 1, at: AT },
    { type: 'wishAdded', wishId: 'w2', text: 'Fælles "pauser"; æøå', group: 2, at: AT },
    { type: 'wishAdded', wishId: 'w3', text: 'Mere ro', group: 3, at: AT },
    { type: 'marksCounted', entryId: 'm1', wishId: 'w1', count: 7, at: AT },
    { type: 'marksCounted', entryId: 'm2', wishId: 'w2', count: 4, at: AT },
    { type: 'themeCreated', themeId: 't1', name: 'Arbejdsro' },
    { type: 'wishThemed', wishId: 'w1', themeId: 't1', index: 0 },
  );
}

export function seedWithProposals() {
  seedWithWishes();
  send(
    { type: 'groupWishesChosen', group: 1, wishIds: ['w1'] },
    { type: 'groupWishesChosen', group: 2, wishIds: ['w1'] },
    {
      type: 'proposalAdded',
      id: 'p-a',
      wishId: 'w1',
      text: 'Stille rum om formiddagen',
      origin: { step: 'groupOfFour', group: 1 },
    },
    {
      type: 'proposalAdded',
      id: 'p-b',
      wishId: 'w1',
      text: 'Et stillerum før frokost',
      origin: { step: 'groupOfFour', group: 2 },
    },
  );
}
