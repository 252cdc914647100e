/**
 * The handleplan (action plan), written by the AMG with management after meeting 2:
 * overall goals, prioritised initiatives traceable to the process, the sickness-absence
 * considerations, how staff are kept informed, and when the plan was approved.
 */
export interface Handleplan {
  goals: Goal[];
  /** In the order they are to be carried out. */
  initiatives: Initiative[];
  /** Considerations or goals on sickness absence; the baseline lives in the document's absence. */
  absenceConsiderations: string;
  communication: CommunicationItem[];
  /** When AMG and management approved the plan, 'yyyy-MM-dd' or ''. */
  approvalDate: string;
  /** Since v6: who approved the plan, by name and role, each with the day they signed. */
  approvals: Approval[];
}

/**
 * Who approves a handleplan: management, the work-environment representative (elected by
 * staff), and other members of the work-environment organisation (AMO).
 */
export const APPROVER_ROLES = ['management', 'representative', 'amo'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

export interface Approval {
  id: string;
  name: string;
  role: ApproverRole;
  /** The person's position, e.g. "Daglig leder"; may be ''. */
  title: string;
  /** The day they approved, 'yyyy-MM-dd' or '' (not yet signed). */
  date: string;
}

/** The goal checklist ("afklaring af mål"): guidance on a goal's quality, never a gate. */
export const GOAL_CRITERIA = [
  'positive',
  'specific',
  'measurable',
  'attractive',
  'ownResponsibility',
  'realistic',
  'timeBound',
  'ecological',
] as const;
export type GoalCriterion = (typeof GOAL_CRITERIA)[number];

export interface Goal {
  id: string;
  text: string;
  checklist: Record<GoalCriterion, boolean>;
}

export const INITIATIVE_STATUSES = ['notStarted', 'inProgress', 'done', 'dropped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The law's description of the problem an initiative addresses. */
export interface ProblemDescription {
  kind: string;
  severity: string;
  extent: string;
  causes: string;
}

export interface Initiative {
  id: string;
  title: string;
  /** What will be done and how. */
  how: string;
  /** The "Kilde": wishes (bruttoliste ids) and meeting-2 proposals or joins it came from. */
  sourceWishIds: string[];
  sourceProposalIds: string[];
  problem: ProblemDescription;
  priority: Priority;
  /** 'yyyy-MM-dd' or ''. */
  start: string;
  deadline: string;
  responsible: string;
  participants: string;
  /** How we will know it worked. */
  success: string;
  /** Dates ('yyyy-MM-dd') to check the effect, ascending. */
  followUpDates: string[];
  /** How the effect will be checked on those dates. */
  followUpMethod: string;
  status: InitiativeStatus;
  /** Why it was dropped, or a note on its status. */
  statusNote: string;
}

export const COMMUNICATION_CHANNELS = [
  'email',
  'staffMeeting',
  'separateMeeting',
  'other',
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

/** One line of the communication plan: what is told, to whom, when, and how. */
export interface CommunicationItem {
  id: string;
  what: string;
  audience: string;
  when: string;
  channel: CommunicationChannel;
}

export function emptyHandleplan(): Handleplan {
  return {
    goals: [],
    initiatives: [],
    absenceConsiderations: '',
    communication: [],
    approvalDate: '',
    approvals: [],
  };
}

export function emptyGoalChecklist(): Record<GoalCriterion, boolean> {
  return {
    positive: false,
    specific: false,
    measurable: false,
    attractive: false,
    ownResponsibility: false,
    realistic: false,
    timeBound: false,
    ecological: false,
  };
}

/** The editable fields of an initiative (status changes through their own event). */
export type InitiativeFields = Omit<Initiative, 'id' | 'status' | 'statusNote'>;

export function emptyInitiativeFields(): InitiativeFields {
  return {
    title: '',
    how: '',
    sourceWishIds: [],
    sourceProposalIds: [],
    problem: { kind: '', severity: '', extent: '', causes: '' },
    priority: 'medium',
    start: '',
    deadline: '',
    responsible: '',
    participants: '',
    success: '',
    followUpDates: [],
    followUpMethod: '',
  };
}

/** How many of the goal checklist's criteria a goal meets. */
export function goalCriteriaMet(goal: Goal): number {
  return GOAL_CRITERIA.filter((c) => goal.checklist[c]).length;
}
