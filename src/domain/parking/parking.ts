import { LIMITS } from '../limits';
import { cleanText, isIsoTime, isValidId, replaceAt } from '../wishes/fields';

/** The meeting in which the leader parked a topic. */
export const PARKING_MEETINGS = ['meeting1', 'meeting2'] as const;
export type ParkingMeeting = (typeof PARKING_MEETINGS)[number];

/** Where the assessment meeting put a parked topic. */
export const PARKING_STATUSES = ['open', 'handled', 'toPlan', 'dropped'] as const;
export type ParkingStatus = (typeof PARKING_STATUSES)[number];

/** A topic that came up but did not belong in the step at hand. */
export interface ParkingItem {
  id: string;
  text: string;
  meeting: ParkingMeeting;
  /** The agenda step it came up in, when known. */
  stepId?: string;
  createdAt: string;
  status: ParkingStatus;
  note: string;
}

export interface Parking {
  items: ParkingItem[];
}

export function emptyParking(): Parking {
  return { items: [] };
}

export const PARKING_REJECTIONS = [
  'invalidId',
  'duplicateId',
  'invalidTime',
  'listFull',
  'unknownItem',
  'emptyText',
] as const;
export type ParkingRejection = (typeof PARKING_REJECTIONS)[number];

type Outcome = Parking | ParkingRejection;

export function parkItem(
  parking: Parking,
  input: { id: string; text: string; meeting: ParkingMeeting; stepId?: string; at: string },
): Outcome {
  if (!isValidId(input.id)) return 'invalidId';
  if (input.stepId !== undefined && !isValidId(input.stepId)) return 'invalidId';
  if (parking.items.some((item) => item.id === input.id)) return 'duplicateId';
  if (!isIsoTime(input.at)) return 'invalidTime';
  if (parking.items.length >= LIMITS.listItems) return 'listFull';
  const text = cleanText(input.text);
  if (text === null) return 'emptyText';
  const item: ParkingItem = {
    id: input.id,
    text,
    meeting: input.meeting,
    ...(input.stepId === undefined ? {} : { stepId: input.stepId }),
    createdAt: input.at,
    status: 'open',
    note: '',
  };
  return { items: [...parking.items, item] };
}

function updateItem(
  parking: Parking,
  id: string,
  change: (item: ParkingItem) => ParkingItem | ParkingRejection,
): Outcome {
  const index = parking.items.findIndex((item) => item.id === id);
  const item = parking.items[index];
  if (!item) return 'unknownItem';
  const next = change(item);
  if (typeof next === 'string') return next;
  return next === item ? parking : { items: replaceAt(parking.items, index, next) };
}

export function editParkedText(parking: Parking, input: { id: string; text: string }): Outcome {
  return updateItem(parking, input.id, (item) => {
    const text = cleanText(input.text);
    if (text === null) return 'emptyText';
    return text === item.text ? item : { ...item, text };
  });
}

/** The assessment meeting's call on a parked topic, with a note on what happens to it. */
export function triageParkedItem(
  parking: Parking,
  input: { id: string; status: ParkingStatus; note: string },
): Outcome {
  const note = input.note.slice(0, LIMITS.longText);
  return updateItem(parking, input.id, (item) =>
    item.status === input.status && item.note === note
      ? item
      : { ...item, status: input.status, note },
  );
}

/** Takes away a topic parked by mistake; 'dropped' is for topics the AMG decides to let go. */
export function unparkItem(parking: Parking, id: string): Outcome {
  if (!parking.items.some((item) => item.id === id)) return 'unknownItem';
  return { items: parking.items.filter((item) => item.id !== id) };
}

/** Items by status, in the order they were parked (for the triage view). */
export function parkingByStatus(parking: Parking): Record<ParkingStatus, ParkingItem[]> {
  const groups: Record<ParkingStatus, ParkingItem[]> = {
    open: [],
    handled: [],
    toPlan: [],
    dropped: [],
  };
  for (const item of parking.items) groups[item.status].push(item);
  return groups;
}
