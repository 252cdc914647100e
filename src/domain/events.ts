import type { ApvProcess } from './document';
import { applyMeetingsEvent, isMeetingsEvent, type MeetingsEvent } from './agenda/events';
import { applyFollowUpEvent, type FollowUpEvent } from './followup/followupEvents';
import { applyMeeting2Event, type Meeting2Event } from './plan/meeting2Events';
import { applyPlanEvent, type PlanEvent } from './plan/planEvents';
import { applyPreparationEvent, type PreparationEvent } from './preparation/events';
import { applyProjectorEvent, type ProjectorEvent } from './projector/projector';
import { applyParkingEvent, isParkingEvent, type ParkingEvent } from './parking/events';
import { applyWishesEvent, isWishesEvent, type WishesEvent } from './wishes/events';

/** Every change to an APV process is one of these plain, serialisable events. */
export type ProcessEvent =
  | PreparationEvent
  | MeetingsEvent
  | ProjectorEvent
  | Meeting2Event
  | PlanEvent
  | FollowUpEvent
  | WishesEvent
  | ParkingEvent;

// Which section handles which event type; the compiler checks each list is complete and exact.
const MEETING2_TYPES = {
  groupWishesChosen: true,
  interestCounted: true,
  proposalAdded: true,
  proposalChanged: true,
  proposalRemoved: true,
  proposalsJoined: true,
  joinChanged: true,
  joinUndone: true,
} satisfies Record<Meeting2Event['type'], true>;

const PLAN_TYPES = {
  goalAdded: true,
  goalChanged: true,
  goalCriterionChecked: true,
  goalRemoved: true,
  initiativeAdded: true,
  initiativeChanged: true,
  initiativeMoved: true,
  initiativeRemoved: true,
  statusUpdated: true,
  absenceConsiderationsSet: true,
  communicationItemAdded: true,
  communicationItemChanged: true,
  communicationItemRemoved: true,
  planApproved: true,
} satisfies Record<PlanEvent['type'], true>;

const FOLLOW_UP_TYPES = {
  statusUpdated: true,
  followUpChecked: true,
  followUpCheckRemoved: true,
  staffInformed: true,
  staffInformedRemoved: true,
  teamMemberAdded: true,
  teamMemberChanged: true,
  teamMemberRemoved: true,
  absenceMeasured: true,
  absenceMeasurementChanged: true,
  absenceMeasurementRemoved: true,
} satisfies Record<FollowUpEvent['type'], true>;

const is =
  <E extends ProcessEvent>(types: Record<E['type'], true>) =>
  (event: ProcessEvent): event is E =>
    Object.hasOwn(types, event.type);
const isMeeting2Event = is<Meeting2Event>(MEETING2_TYPES);
const isPlanEvent = is<PlanEvent>(PLAN_TYPES);
const isFollowUpEvent = is<FollowUpEvent>(FOLLOW_UP_TYPES);

/** The document with one section replaced, or the same document when the section did not change. */
function withSection<K extends keyof ApvProcess>(
  doc: ApvProcess,
  key: K,
  value: ApvProcess[K],
): ApvProcess {
  return value === doc[key] ? doc : { ...doc, [key]: value };
}

function route(doc: ApvProcess, event: ProcessEvent): ApvProcess {
  if (isMeetingsEvent(event))
    return withSection(doc, 'meetingRuns', applyMeetingsEvent(doc.meetingRuns, event));
  if (isWishesEvent(event)) return withSection(doc, 'wishes', applyWishesEvent(doc.wishes, event));
  if (isParkingEvent(event))
    return withSection(doc, 'parking', applyParkingEvent(doc.parking, event));
  if (event.type === 'projectorShown')
    return withSection(doc, 'projector', applyProjectorEvent(doc.projector, event));
  if (isMeeting2Event(event))
    return withSection(doc, 'meeting2', applyMeeting2Event(doc.meeting2, event));
  if (event.type === 'statusUpdated') {
    // Only the plan knows which initiatives exist: log the status only when the plan took it.
    const plan = applyPlanEvent(doc.plan, event);
    if (plan === doc.plan) return doc;
    return { ...doc, plan, followUp: applyFollowUpEvent(doc.followUp, event) };
  }
  if (isPlanEvent(event)) return withSection(doc, 'plan', applyPlanEvent(doc.plan, event));
  if (isFollowUpEvent(event))
    return withSection(doc, 'followUp', applyFollowUpEvent(doc.followUp, event));
  return applyPreparationEvent(doc, event);
}

/**
 * Applies an event to a process at time `at` (ISO). Pure: the same event on the same
 * document gives the same result, which is what lets other windows replay it.
 */
export function applyEvent(doc: ApvProcess, event: ProcessEvent, at: string): ApvProcess {
  const next = route(doc, event);
  return next === doc ? doc : { ...next, updatedAt: at };
}
