import type { ApvProcess } from './document';
import { isRejection, type PathRejection } from './outcome';
import { applyMeetingsEvent, type MeetingsEvent, type MeetingsRejection } from './agenda/events';
import {
  applyFollowUpEvent,
  type FollowUpEvent,
  type FollowUpRejection,
} from './followup/followupEvents';
import type { StatusUpdated } from './plan/initiativeEvents';
import {
  applyMeeting2Event,
  type Meeting2Event,
  type Meeting2Rejection,
} from './plan/meeting2Events';
import { applyPlanEvent, type PlanEvent, type PlanRejection } from './plan/planEvents';
import {
  applyPreparationEvent,
  type PreparationEvent,
  type PreparationRejection,
} from './preparation/events';
import { applyProjectorEvent, type ProjectorEvent } from './projector/projector';
import { applyParkingEvent, type ParkingEvent } from './parking/events';
import type { ParkingRejection } from './parking/parking';
import { applyWishesEvent, type WishesEvent } from './wishes/events';
import type { WishesRejection } from './wishes/rejections';

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

/** Why an event changed nothing: the path's own reasons, then each section's. */
export type EventRejection =
  | PathRejection
  | PreparationRejection
  | MeetingsRejection
  | 'unknownView'
  | Meeting2Rejection
  | PlanRejection
  | FollowUpRejection
  | WishesRejection
  | ParkingRejection;

/** The rejections an event of type `E` can meet: the path's, then its own section's. */
export type RejectionOf<E extends ProcessEvent> =
  | PathRejection
  | 'invalidTime'
  | (E extends PreparationEvent ? PreparationRejection : never)
  | (E extends MeetingsEvent ? MeetingsRejection : never)
  | (E extends ProjectorEvent ? 'unknownView' : never)
  | (E extends Meeting2Event ? Meeting2Rejection : never)
  | (E extends PlanEvent ? PlanRejection : never)
  | (E extends FollowUpEvent ? FollowUpRejection : never)
  | (E extends WishesEvent ? WishesRejection : never)
  | (E extends ParkingEvent ? ParkingRejection : never);

type Route<E> = (doc: ApvProcess, event: E) => ApvProcess | EventRejection;

type SectionKey = {
  [K in keyof ApvProcess]: ApvProcess[K] extends object ? K : never;
}[keyof ApvProcess];

/** A route that hands the event to one section's reducer and puts the result back. */
function section<K extends SectionKey, E>(
  key: K,
  reduce: (section: ApvProcess[K], event: E, doc: ApvProcess) => ApvProcess[K] | EventRejection,
): Route<E> {
  return (doc, event) => {
    const next = reduce(doc[key], event, doc);
    if (isRejection(next)) return next;
    return next === doc[key] ? doc : { ...doc, [key]: next };
  };
}

/** The parts of a process the preparation events change. */
const FRAME_KEYS = ['name', 'phases', 'preparation', 'people', 'meetings', 'absence'] as const;

/** Preparation events rebuild the frame; one that changes no value keeps the same process. */
const frame: Route<PreparationEvent> = (doc, event) => {
  const next = applyPreparationEvent(doc, event);
  if (isRejection(next)) return next;
  const same = FRAME_KEYS.every((key) => JSON.stringify(next[key]) === JSON.stringify(doc[key]));
  return same ? doc : next;
};
const meetings = section('meetingRuns', applyMeetingsEvent);
const projector = section('projector', applyProjectorEvent);
const meeting2 = section('meeting2', applyMeeting2Event);
const plan = section('plan', applyPlanEvent);
const followUp = section('followUp', (f, event: FollowUpEvent, doc) =>
  applyFollowUpEvent(f, event, doc.absence.baseline),
);
const parking = section('parking', applyParkingEvent);
// The mark budget is the room's: three marks per participant counted in the preparation.
const wishes = section('wishes', (s, event: WishesEvent, doc) =>
  applyWishesEvent(s, event, { participants: doc.people.participants }),
);

/** Only the plan knows which initiatives exist: the status is logged only when the plan took it. */
const statusUpdated: Route<StatusUpdated> = (doc, event) => {
  const planned = plan(doc, event);
  if (isRejection(planned) || planned === doc) return planned;
  return followUp(planned, event);
};

type Routes = { [T in ProcessEvent['type']]: Route<Extract<ProcessEvent, { type: T }>> };

/**
 * Which section handles each event type. The type makes the compiler check it both ways: a
 * type without a route, a route for no type, or a route to the wrong section fails `tsc`.
 */
const ROUTES: Routes = {
  processRenamed: frame,
  phaseStatusSet: frame,
  preparationAnswered: frame,
  seriousProblemsAnswered: frame,
  participantsSet: frame,
  moedelederSet: frame,
  personAdded: frame,
  personRenamed: frame,
  personRemoved: frame,
  departmentAdded: frame,
  departmentChanged: frame,
  departmentRemoved: frame,
  meetingPlanned: frame,
  absenceBaselineChanged: frame,
  stepMinutesChanged: meetings,
  stepMoved: meetings,
  stepSkipped: meetings,
  stepUnskipped: meetings,
  breakAdded: meetings,
  stepRemoved: meetings,
  questionsChosen: meetings,
  interviewTurnsSet: meetings,
  agendaReset: meetings,
  timerStarted: meetings,
  timerPaused: meetings,
  timerResumed: meetings,
  timerExtended: meetings,
  timerMovedToNextStep: meetings,
  timerMovedToPreviousStep: meetings,
  timerJumpedToStep: meetings,
  timerStepRestarted: meetings,
  meetingFinished: meetings,
  timerReset: meetings,
  attendanceRecorded: meetings,
  projectorShown: projector,
  projectorPaged: projector,
  groupWishesChosen: meeting2,
  interestCounted: meeting2,
  proposalAdded: meeting2,
  proposalChanged: meeting2,
  proposalRemoved: meeting2,
  proposalsJoined: meeting2,
  joinChanged: meeting2,
  joinUndone: meeting2,
  goalAdded: plan,
  goalChanged: plan,
  goalCriterionChecked: plan,
  goalRemoved: plan,
  initiativeAdded: plan,
  initiativeChanged: plan,
  initiativeMoved: plan,
  initiativeRemoved: plan,
  statusUpdated,
  absenceConsiderationsSet: plan,
  communicationItemAdded: plan,
  communicationItemChanged: plan,
  communicationItemRemoved: plan,
  planApproved: plan,
  approvalSigned: plan,
  approvalRemoved: plan,
  followUpChecked: followUp,
  followUpCheckRemoved: followUp,
  staffInformed: followUp,
  staffInformedRemoved: followUp,
  teamMemberAdded: followUp,
  teamMemberChanged: followUp,
  teamMemberRemoved: followUp,
  absenceMeasured: followUp,
  absenceMeasurementChanged: followUp,
  absenceMeasurementRemoved: followUp,
  strengthAdded: wishes,
  strengthEdited: wishes,
  strengthRemoved: wishes,
  wishAdded: wishes,
  wishEdited: wishes,
  wishRemoved: wishes,
  wishRestored: wishes,
  wishesMerged: wishes,
  wishesUnmerged: wishes,
  marksCounted: wishes,
  marksAdjusted: wishes,
  selectionTargetSet: wishes,
  selectionOverridden: wishes,
  selectionPreliminarySet: wishes,
  wishAssessed: wishes,
  wishDecided: wishes,
  analysisNoted: wishes,
  themeCreated: wishes,
  themeRenamed: wishes,
  themeMoved: wishes,
  themeRemoved: wishes,
  wishThemed: wishes,
  wishUnthemed: wishes,
  itemParked: parking,
  parkedItemEdited: parking,
  parkedItemTriaged: parking,
  parkedItemRemoved: parking,
};

/** Every event type the routing table routes. */
export const ROUTED_TYPES = Object.keys(ROUTES) as ProcessEvent['type'][];

/** Nothing this app records happened before this (epoch ms, 2000-01-01). */
const EARLIEST = Date.UTC(2000, 0, 1);
/** An event's own time may run a little ahead of its envelope's (taken just after). */
const AHEAD_MS = 60_000;

/** When the event says it happened (epoch ms), for events that carry their own time. */
function happenedAt(event: ProcessEvent): number | null {
  // A planned meeting's `at` is when it will be held, not when it was planned.
  if (event.type === 'meetingPlanned' || !('at' in event)) return null;
  return typeof event.at === 'number' ? event.at : Date.parse(event.at);
}

function timeRejection(event: ProcessEvent, at: number): 'invalidTime' | null {
  if (!(at >= EARLIEST)) return 'invalidTime';
  const happened = happenedAt(event);
  if (happened === null) return null;
  return happened >= EARLIEST && happened <= at + AHEAD_MS ? null : 'invalidTime';
}

/**
 * Applies a well-formed event recorded at `at` (ISO) to a process: the next process, the same
 * process (by reference) when the event changes nothing, or why it was refused. Pure and
 * total. Events from anywhere go through `applyEvent` (apply.ts), which checks them against
 * the event schema first.
 */
export function routeEvent(
  doc: ApvProcess,
  event: ProcessEvent,
  at: string,
): ApvProcess | EventRejection {
  const refused = timeRejection(event, Date.parse(at));
  if (refused) return refused;
  // One cast: TypeScript cannot correlate a route with its own event type through the union.
  const route = ROUTES[event.type] as Route<ProcessEvent>;
  const next = route(doc, event);
  if (isRejection(next) || next === doc) return next;
  return { ...next, updatedAt: at };
}
