import {
  editParkedText,
  parkItem,
  triageParkedItem,
  unparkItem,
  type Parking,
  type ParkingMeeting,
  type ParkingRejection,
  type ParkingStatus,
} from './parking';

/** Changes to the parking lot: plain, serialisable facts. */
export type ParkingEvent =
  | {
      type: 'itemParked';
      itemId: string;
      text: string;
      meeting: ParkingMeeting;
      stepId?: string;
      at: string;
    }
  | { type: 'parkedItemEdited'; itemId: string; text: string }
  | { type: 'parkedItemTriaged'; itemId: string; status: ParkingStatus; note: string }
  | { type: 'parkedItemRemoved'; itemId: string };

export const PARKING_EVENT_TYPES = [
  'itemParked',
  'parkedItemEdited',
  'parkedItemTriaged',
  'parkedItemRemoved',
] as const satisfies readonly ParkingEvent['type'][];

const eventTypes: ReadonlySet<string> = new Set(PARKING_EVENT_TYPES);

/** For the root reducer: does this event belong to the parking lot? */
export const isParkingEvent = (event: { type: string }): event is ParkingEvent =>
  eventTypes.has(event.type);

/** The parking lot after `event`, or why the event is refused. */
export function parkingEventOutcome(
  parking: Parking,
  event: ParkingEvent,
): Parking | ParkingRejection {
  switch (event.type) {
    case 'itemParked':
      return parkItem(parking, { ...event, id: event.itemId });
    case 'parkedItemEdited':
      return editParkedText(parking, { id: event.itemId, text: event.text });
    case 'parkedItemTriaged':
      return triageParkedItem(parking, { ...event, id: event.itemId });
    case 'parkedItemRemoved':
      return unparkItem(parking, event.itemId);
  }
}

/** Applies one event; the same parking lot (by reference) when refused or unchanged. */
export function applyParkingEvent(parking: Parking, event: ParkingEvent): Parking {
  const outcome = parkingEventOutcome(parking, event);
  return typeof outcome === 'string' ? parking : outcome;
}

/** Why the UI should refuse `event`, or null when it would be accepted. */
export function parkingEventError(parking: Parking, event: ParkingEvent): ParkingRejection | null {
  const outcome = parkingEventOutcome(parking, event);
  return typeof outcome === 'string' ? outcome : null;
}
