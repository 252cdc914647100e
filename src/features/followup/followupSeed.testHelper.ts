/** Test-only: a process with a handleplan of initiatives, built from real events. */
import type { ProcessEvent } from '../../domain/events';
import { seedProcess } from '../../test/renderWithStore';
import { useAppStore } from '../../store/store';

export function send(...events: ProcessEvent[]) {
  for (const event of events) useAppStore.getState().eventRecorded('p1', event);
}

/**
 * Two initiatives: "Stillerum" (start 1 March 2027, follow-ups 1 April and 1 June, deadline
 * 30 June) and "Fælles pauser" (start 15 March, follow-up 20 June, deadline 1 September).
 */
export function seedPlan() {
  seedProcess();
  send(
    {
      type: 'initiativeAdded',
      id: 'i1',
      fields: {
        title: 'Stillerum',
        start: '2027-03-01',
        deadline: '2027-06-30',
        followUpDates: ['2027-04-01', '2027-06-01'],
      },
    },
    {
      type: 'initiativeAdded',
      id: 'i2',
      fields: {
        title: 'Fælles pauser',
        start: '2027-03-15',
        deadline: '2027-09-01',
        followUpDates: ['2027-06-20'],
      },
    },
  );
}
