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

/** The parking lot after `event`, the same one when nothing changes, or why it was refused. */
export function applyParkingEvent(
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
