import { LIMITS } from '../limits';
import { isoDateTime } from '../schemaParts';
import { clipLong, clipShort, isBlank } from '../text';
import { isLocalDate, isOptionalDate, replaceById, sameFields } from './fields';
import {
  emptyInitiativeFields,
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

/** Changes to the plan's initiatives. */
export type InitiativeEvent =
  | { type: 'initiativeAdded'; id: string; fields: Partial<InitiativeFields> }
  | { type: 'initiativeChanged'; id: string; changes: Partial<InitiativeFields> }
  | { type: 'initiativeMoved'; id: string; toIndex: number }
  | { type: 'initiativeRemoved'; id: string }
  | StatusUpdated;

type DateRejection = 'invalidDate' | 'deadlineBeforeStart' | 'followUpBeforeStart';

export type InitiativeRejection =
  | DateRejection
  | 'duplicateId'
  | 'unknownInitiative'
  | 'emptyTitle'
  | 'invalidIndex'
  | 'dropWithoutNote'
  | 'invalidTime';

/** The date problem of an initiative's fields, or null. Order matters only once both are set. */
export function initiativeDateProblem(
  fields: Pick<InitiativeFields, 'start' | 'deadline' | 'followUpDates'>,
): DateRejection | null {
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

function fieldsRejection(fields: InitiativeFields): InitiativeRejection | null {
  if (isBlank(fields.title)) return 'emptyTitle';
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

/** The plan with its initiatives changed, the same plan when nothing changes, or why not. */
export function applyInitiativeEvent(
  plan: Handleplan,
  event: InitiativeEvent,
): Handleplan | InitiativeRejection {
  if (event.type === 'initiativeAdded') return addInitiative(plan, event);
  const id = event.type === 'statusUpdated' ? event.initiativeId : event.id;
  const current = plan.initiatives.find((i) => i.id === id);
  if (!current) return 'unknownInitiative';
  switch (event.type) {
    case 'initiativeChanged':
      return changeInitiative(plan, current, event.changes);
    case 'initiativeMoved':
      return moveInitiative(plan, current, event.toIndex);
    case 'initiativeRemoved':
      return { ...plan, initiatives: plan.initiatives.filter((i) => i !== current) };
    case 'statusUpdated':
      return updateStatus(plan, current, event);
  }
}

function addInitiative(
  plan: Handleplan,
  event: Extract<InitiativeEvent, { type: 'initiativeAdded' }>,
): Handleplan | InitiativeRejection {
  if (plan.initiatives.some((i) => i.id === event.id)) return 'duplicateId';
  const draft = { ...emptyInitiativeFields(), ...event.fields };
  const refused = fieldsRejection(draft);
  if (refused) return refused;
  const added: Initiative = {
    id: event.id,
    ...cleanFields(draft),
    status: 'notStarted',
    statusNote: '',
  };
  return { ...plan, initiatives: [...plan.initiatives, added] };
}

function changeInitiative(
  plan: Handleplan,
  current: Initiative,
  changes: Partial<InitiativeFields>,
): Handleplan | InitiativeRejection {
  const before = cleanFields(current);
  const draft = { ...before, ...changes };
  const refused = fieldsRejection(draft);
  if (refused) return refused;
  const fields = cleanFields(draft);
  const unchanged =
    sameFields(fields.problem, before.problem) &&
    sameFields({ ...fields, problem: before.problem }, before);
  if (unchanged) return plan;
  return {
    ...plan,
    initiatives: replaceById(plan.initiatives, current.id, (i) => ({ ...i, ...fields })),
  };
}

function moveInitiative(
  plan: Handleplan,
  current: Initiative,
  toIndex: number,
): Handleplan | InitiativeRejection {
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= plan.initiatives.length) {
    return 'invalidIndex';
  }
  const from = plan.initiatives.indexOf(current);
  if (from === toIndex) return plan;
  const initiatives = plan.initiatives.filter((i) => i !== current);
  initiatives.splice(toIndex, 0, current);
  return { ...plan, initiatives };
}

function updateStatus(
  plan: Handleplan,
  current: Initiative,
  event: StatusUpdated,
): Handleplan | InitiativeRejection {
  if (!isoDateTime.safeParse(event.at).success) return 'invalidTime';
  if (event.status === 'dropped' && isBlank(event.note)) return 'dropWithoutNote';
  const note = clipLong(event.note.trim());
  if (current.status === event.status && current.statusNote === note) return plan;
  return {
    ...plan,
    initiatives: replaceById(plan.initiatives, current.id, (i) => ({
      ...i,
      status: event.status,
      statusNote: note,
    })),
  };
}
