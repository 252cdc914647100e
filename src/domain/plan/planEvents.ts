import { clipLong } from '../text';
import { applyApprovalEvent, type ApprovalEvent, type ApprovalRejection } from './approvalEvents';
import {
  applyCommunicationEvent,
  type CommunicationEvent,
  type CommunicationRejection,
} from './communicationEvents';
import { isOptionalDate, sameFields } from './fields';
import { applyGoalEvent, type GoalEvent, type GoalRejection } from './goalEvents';
import type { Handleplan } from './handleplan';
import {
  applyInitiativeEvent,
  type InitiativeEvent,
  type InitiativeRejection,
} from './initiativeEvents';

export type { StatusUpdated } from './initiativeEvents';

/** Changes to the handleplan, by what they change: goals, initiatives, communication, the rest. */
export type PlanEvent =
  | GoalEvent
  | InitiativeEvent
  | CommunicationEvent
  | ApprovalEvent
  | { type: 'absenceConsiderationsSet'; text: string }
  | { type: 'planApproved'; date: string };

/** Why a plan event changed nothing, for a message in the UI. */
export type PlanRejection =
  GoalRejection | InitiativeRejection | CommunicationRejection | ApprovalRejection;

/** Applies one event: the next plan, the same plan when nothing changes, or why it was refused. */
export function applyPlanEvent(plan: Handleplan, event: PlanEvent): Handleplan | PlanRejection {
  const next = reduce(plan, event);
  return typeof next === 'string' || !sameFields(next, plan) ? next : plan;
}

function reduce(plan: Handleplan, event: PlanEvent): Handleplan | PlanRejection {
  switch (event.type) {
    case 'goalAdded':
    case 'goalChanged':
    case 'goalCriterionChecked':
    case 'goalRemoved':
      return applyGoalEvent(plan, event);
    case 'initiativeAdded':
    case 'initiativeChanged':
    case 'initiativeMoved':
    case 'initiativeRemoved':
    case 'statusUpdated':
      return applyInitiativeEvent(plan, event);
    case 'communicationItemAdded':
    case 'communicationItemChanged':
    case 'communicationItemRemoved':
      return applyCommunicationEvent(plan, event);
    case 'approvalSigned':
    case 'approvalRemoved':
      return applyApprovalEvent(plan, event);
    case 'absenceConsiderationsSet':
      return { ...plan, absenceConsiderations: clipLong(event.text) };
    case 'planApproved':
      return isOptionalDate(event.date) ? { ...plan, approvalDate: event.date } : 'invalidDate';
  }
}
