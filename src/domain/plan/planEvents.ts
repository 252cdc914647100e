import { LIMITS } from '../limits';
import {
  clipLong,
  clipShort,
  isLocalDate,
  isOptionalDate,
  replaceById,
  sameFields,
} from './fields';
import { isoDateTime } from '../schemaParts';
import {
  emptyGoalChecklist,
  emptyInitiativeFields,
  type CommunicationItem,
  type GoalCriterion,
  type Handleplan,
  type Initiative,
  type InitiativeFields,
  type InitiativeStatus,
} from './handleplan';

/**
 * A status change of an initiative. The plan sets the initiative's status from it and the
 * follow-up section logs it, so the root reducer hands it to both.
 */
export interface StatusUpdated {
  type: 'statusUpdated';
  /** Id of the follow-up log entry. */
  id: string;
  initiativeId: string;
  status: InitiativeStatus;
  note: string;
  /** ISO date-time. */
  at: string;
}

type CommunicationFields = Omit<CommunicationItem, 'id'>;

/** Changes to the handleplan. */
export type PlanEvent =
  | { type: 'goalAdded'; id: string; text: string }
  | { type: 'goalChanged'; id: string; text: string }
  | { type: 'goalCriterionChecked'; id: string; criterion: GoalCriterion; checked: boolean }
  | { type: 'goalRemoved'; id: string }
  | { type: 'initiativeAdded'; id: string; fields: Partial<InitiativeFields> }
  | { type: 'initiativeChanged'; id: string; changes: Partial<InitiativeFields> }
  | { type: 'initiativeMoved'; id: string; toIndex: number }
  | { type: 'initiativeRemoved'; id: string }
  | StatusUpdated
  | { type: 'absenceConsiderationsSet'; text: string }
  | ({ type: 'communicationItemAdded'; id: string } & CommunicationFields)
  | ({ type: 'communicationItemChanged'; id: string } & CommunicationFields)
  | { type: 'communicationItemRemoved'; id: string }
  | { type: 'planApproved'; date: string };

/** Why an event was refused, for a message in the UI. */
export type PlanProblem =
  | 'duplicateId'
  | 'unknownGoal'
  | 'emptyText'
  | 'unknownInitiative'
  | 'emptyTitle'
  | 'invalidDate'
  | 'deadlineBeforeStart'
  | 'followUpBeforeStart'
  | 'invalidIndex'
  | 'dropWithoutNote'
  | 'invalidTime'
  | 'unknownCommunicationItem';

const blank = (text: string) => text.trim() === '';

/** The date problem of an initiative's fields, or null. Order matters only once both are set. */
export function initiativeDateProblem(
  fields: Pick<InitiativeFields, 'start' | 'deadline' | 'followUpDates'>,
): 'invalidDate' | 'deadlineBeforeStart' | 'followUpBeforeStart' | null {
  if (!isOptionalDate(fields.start) || !isOptionalDate(fields.deadline)) return 'invalidDate';
  if (!fields.followUpDates.every(isLocalDate)) return 'invalidDate';
  if (fields.start && fields.deadline && fields.deadline < fields.start) {
    return 'deadlineBeforeStart';
  }
  if (fields.start && fields.followUpDates.some((d) => d < fields.start)) {
    return 'followUpBeforeStart';
  }
  return null;
}

function initiativeFieldsProblem(fields: InitiativeFields): PlanProblem | null {
  if (blank(fields.title)) return 'emptyTitle';
  return initiativeDateProblem(fields);
}

/**
 * Trims and bounds texts, keeps follow-up dates unique and in order, and keeps only the
 * known fields (an event from elsewhere cannot smuggle in an id or a status).
 */
function cleanFields(fields: InitiativeFields): InitiativeFields {
  const p = fields.problem;
  return {
    title: clipShort(fields.title.trim()),
    how: clipLong(fields.how),
    sourceWishIds: [...new Set(fields.sourceWishIds)].slice(0, LIMITS.listItems),
    sourceProposalIds: [...new Set(fields.sourceProposalIds)].slice(0, LIMITS.listItems),
    problem: {
      kind: clipLong(p.kind),
      severity: clipLong(p.severity),
      extent: clipLong(p.extent),
      causes: clipLong(p.causes),
    },
    priority: fields.priority,
    start: fields.start,
    deadline: fields.deadline,
    responsible: clipShort(fields.responsible),
    participants: clipShort(fields.participants),
    success: clipLong(fields.success),
    followUpDates: [...new Set(fields.followUpDates)].sort().slice(0, LIMITS.listItems),
    followUpMethod: clipLong(fields.followUpMethod),
  };
}

/** An initiative's editable fields (cleanFields keeps only those). */
function fieldsOf(initiative: Initiative): InitiativeFields {
  return cleanFields(initiative);
}

function changedInitiative(initiative: Initiative, changes: Partial<InitiativeFields>) {
  return cleanFields({ ...fieldsOf(initiative), ...changes });
}

/** The reason an event cannot be applied, or null when it can. */
export function planEventProblem(plan: Handleplan, event: PlanEvent): PlanProblem | null {
  const goal = (id: string) => plan.goals.find((g) => g.id === id);
  const initiative = (id: string) => plan.initiatives.find((i) => i.id === id);
  const communication = (id: string) => plan.communication.find((c) => c.id === id);
  switch (event.type) {
    case 'goalAdded':
      if (goal(event.id)) return 'duplicateId';
      return blank(event.text) ? 'emptyText' : null;
    case 'goalChanged':
      if (!goal(event.id)) return 'unknownGoal';
      return blank(event.text) ? 'emptyText' : null;
    case 'goalCriterionChecked':
    case 'goalRemoved':
      return goal(event.id) ? null : 'unknownGoal';
    case 'initiativeAdded':
      if (initiative(event.id)) return 'duplicateId';
      return initiativeFieldsProblem({ ...emptyInitiativeFields(), ...event.fields });
    case 'initiativeChanged': {
      const current = initiative(event.id);
      if (!current) return 'unknownInitiative';
      return initiativeFieldsProblem({ ...fieldsOf(current), ...event.changes });
    }
    case 'initiativeMoved':
      if (!initiative(event.id)) return 'unknownInitiative';
      return Number.isInteger(event.toIndex) &&
        event.toIndex >= 0 &&
        event.toIndex < plan.initiatives.length
        ? null
        : 'invalidIndex';
    case 'initiativeRemoved':
      return initiative(event.id) ? null : 'unknownInitiative';
    case 'statusUpdated':
      if (!initiative(event.initiativeId)) return 'unknownInitiative';
      if (!isoDateTime.safeParse(event.at).success) return 'invalidTime';
      return event.status === 'dropped' && blank(event.note) ? 'dropWithoutNote' : null;
    case 'absenceConsiderationsSet':
      return null;
    case 'communicationItemAdded':
      if (communication(event.id)) return 'duplicateId';
      return blank(event.what) ? 'emptyText' : null;
    case 'communicationItemChanged':
      if (!communication(event.id)) return 'unknownCommunicationItem';
      return blank(event.what) ? 'emptyText' : null;
    case 'communicationItemRemoved':
      return communication(event.id) ? null : 'unknownCommunicationItem';
    case 'planApproved':
      return isOptionalDate(event.date) ? null : 'invalidDate';
  }
}

/** Applies one event; the same reference when the event is refused or changes nothing. */
export function applyPlanEvent(plan: Handleplan, event: PlanEvent): Handleplan {
  if (planEventProblem(plan, event) !== null) return plan;
  const next = reduce(plan, event);
  return sameFields(next, plan) ? plan : next;
}

function reduce(plan: Handleplan, event: PlanEvent): Handleplan {
  switch (event.type) {
    case 'goalAdded':
      return {
        ...plan,
        goals: [
          ...plan.goals,
          { id: event.id, text: clipLong(event.text.trim()), checklist: emptyGoalChecklist() },
        ],
      };
    case 'goalChanged': {
      const text = clipLong(event.text.trim());
      if (plan.goals.some((g) => g.id === event.id && g.text === text)) return plan;
      return { ...plan, goals: replaceById(plan.goals, event.id, (g) => ({ ...g, text })) };
    }
    case 'goalCriterionChecked': {
      const { criterion, checked } = event;
      if (plan.goals.some((g) => g.id === event.id && g.checklist[criterion] === checked)) {
        return plan;
      }
      return {
        ...plan,
        goals: replaceById(plan.goals, event.id, (g) => ({
          ...g,
          checklist: { ...g.checklist, [criterion]: checked },
        })),
      };
    }
    case 'goalRemoved':
      return { ...plan, goals: plan.goals.filter((g) => g.id !== event.id) };
    case 'initiativeAdded': {
      const fields = cleanFields({ ...emptyInitiativeFields(), ...event.fields });
      const added: Initiative = { id: event.id, ...fields, status: 'notStarted', statusNote: '' };
      return { ...plan, initiatives: [...plan.initiatives, added] };
    }
    case 'initiativeChanged': {
      const current = plan.initiatives.find((i) => i.id === event.id)!;
      const fields = changedInitiative(current, event.changes);
      const before = fieldsOf(current);
      const unchanged =
        sameFields(fields.problem, before.problem) &&
        sameFields({ ...fields, problem: before.problem }, before);
      if (unchanged) return plan;
      return {
        ...plan,
        initiatives: replaceById(plan.initiatives, event.id, (i) => ({ ...i, ...fields })),
      };
    }
    case 'initiativeMoved': {
      const from = plan.initiatives.findIndex((i) => i.id === event.id);
      if (from === event.toIndex) return plan;
      const initiatives = plan.initiatives.filter((i) => i.id !== event.id);
      initiatives.splice(event.toIndex, 0, plan.initiatives[from]!);
      return { ...plan, initiatives };
    }
    case 'initiativeRemoved':
      return { ...plan, initiatives: plan.initiatives.filter((i) => i.id !== event.id) };
    case 'statusUpdated': {
      const note = clipLong(event.note.trim());
      const { status } = event;
      if (
        plan.initiatives.some(
          (i) => i.id === event.initiativeId && i.status === status && i.statusNote === note,
        )
      ) {
        return plan;
      }
      return {
        ...plan,
        initiatives: replaceById(plan.initiatives, event.initiativeId, (i) => ({
          ...i,
          status,
          statusNote: note,
        })),
      };
    }
    case 'absenceConsiderationsSet':
      return { ...plan, absenceConsiderations: clipLong(event.text) };
    case 'communicationItemAdded':
    case 'communicationItemChanged': {
      const item = cleanCommunication(event);
      return event.type === 'communicationItemAdded'
        ? { ...plan, communication: [...plan.communication, item] }
        : {
            ...plan,
            communication: plan.communication.some((c) => sameFields(c, item))
              ? plan.communication
              : replaceById(plan.communication, event.id, () => item),
          };
    }
    case 'communicationItemRemoved':
      return { ...plan, communication: plan.communication.filter((c) => c.id !== event.id) };
    case 'planApproved':
      return { ...plan, approvalDate: event.date };
  }
}

function cleanCommunication(item: CommunicationItem): CommunicationItem {
  return {
    id: item.id,
    what: clipLong(item.what.trim()),
    audience: clipShort(item.audience),
    when: clipShort(item.when),
    channel: item.channel,
  };
}
