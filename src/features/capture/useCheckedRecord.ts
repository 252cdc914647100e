import type { ParkingEvent } from '../../domain/parking/events';
import type { WishesEvent } from '../../domain/wishes/events';
import { useCurrentProcess } from '../common/ProcessContext';

/**
 * Records capture events. Each returns the message for why the domain refused the event
 * (nothing changed), or null when it was taken.
 */
export function useCheckedRecord() {
  const { process, commit } = useCurrentProcess();
  return {
    process,
    recordWishes: (event: WishesEvent): string | null => commit(event),
    recordParking: (event: ParkingEvent): string | null => commit(event),
  };
}
