import { parkingEventError } from '../../domain/parking/events';
import type { ParkingEvent } from '../../domain/parking/events';
import { wishesEventError } from '../../domain/wishes/errors';
import type { WishesEvent } from '../../domain/wishes/events';
import { useAppStore } from '../../store/store';
import { useCurrentProcess } from '../process/ProcessContext';

/**
 * Records an event only when the domain would accept it; otherwise returns the reason,
 * so the UI can say why and nothing changes. The check reads the store's latest document,
 * so callbacks kept for later (undo) judge the state at the time they run.
 */
export function useCheckedRecord() {
  const { process, record } = useCurrentProcess();
  const latest = () => useAppStore.getState().processes[process.id] ?? process;
  return {
    process,
    recordWishes(event: WishesEvent): string | null {
      const reason = wishesEventError(latest().wishes, event);
      if (reason === null) record(event);
      return reason;
    },
    recordParking(event: ParkingEvent): string | null {
      const reason = parkingEventError(latest().parking, event);
      if (reason === null) record(event);
      return reason;
    },
  };
}
