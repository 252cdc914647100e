import type { MeetingKey } from '../agenda/ids';
import {
  MAX_WISHES_PER_GROUP,
  PROPOSAL_HEADINGS,
  type ProposalHeading,
} from '../plan/meeting2Rules';

/**
 * The meeting room's protocol version: the leader publishes it in the view, and a phone page
 * that speaks an older one asks to be reloaded.
 */
export const ROOM_PROTOCOL = 2;

/**
 * What phones can do in a step: add strengths, add wishes, place their marks (meeting 1);
 * choose the group's wish and write its proposals, or say which wish one burns for and write
 * proposals under the three headings (meeting 2).
 */
export const PHONE_TASKS = ['strengths', 'wishes', 'vote', 'priority', 'action'] as const;
export type PhoneTask = (typeof PHONE_TASKS)[number];

/** The vote on the bruttoliste: open, closed (counts hidden), or its ranking shown. */
export const VOTE_STATES = ['notYet', 'open', 'closed', 'shown'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export const MAX_VIEW_WISHES = 400;
export const MAX_VIEW_TEXT = 300;

export interface ViewWish {
  id: string;
  text: string;
  /** Marks on the row; only once the leader shows the ranking. */
  total: number | null;
}

/** A line a group wrote in this step (a strength or a wish), as the leader has it. */
export interface ViewLine {
  group: number;
  text: string;
}

export const MAX_VIEW_LINES = 400;

/** Meeting 2, step 1: the wishes a group of 4 chose. */
export interface ViewChoice {
  group: number;
  wishIds: string[];
}

/** A meeting-2 proposal: a group of 4's (with its group) or an interest group's (its heading). */
export interface ViewProposal {
  wishId: string;
  text: string;
  group: number | null;
  heading: ProposalHeading | null;
}

/**
 * Everything a phone sees of the meeting, published by the leader as the room's `view`: never
 * the process itself, only the current step, its clock, its task and, in the vote, the wishes.
 */
export interface RoomView {
  protocol: number;
  /** False once the leader closed the room: phones say so and stop writing. */
  open: boolean;
  meeting: MeetingKey;
  step: {
    id: string;
    /** 0-based among the steps that run. */
    index: number;
    count: number;
    task: PhoneTask | null;
    /** Groups of the step, when known (a phone may choose its group number). */
    groups: number | null;
  } | null;
  timer: {
    running: boolean;
    /** Time left when the view was published, negative when over. */
    remainingMs: number;
    /** The leader's clock (epoch ms) when it was published. */
    at: number;
  } | null;
  vote: VoteState;
  /**
   * The wishes to vote on, in list order (in the vote); the listed wishes a group of 4 chooses
   * from (meeting 2, step 1); the prioritised wishes (meeting 2, step 2).
   */
  wishes: ViewWish[];
  /** The step's strengths or wishes so far, so that each group sees its own list. */
  lines: ViewLine[];
  /** Meeting 2, step 1: each group's chosen wishes. */
  choices: ViewChoice[];
  /** Meeting 2: the step's proposals so far. */
  proposals: ViewProposal[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isShortString = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

function readStep(v: unknown): RoomView['step'] | undefined {
  if (v === null) return null;
  if (!isObject(v) || !isShortString(v.id, 100)) return undefined;
  if (!isInt(v.index, 0, 100) || !isInt(v.count, 1, 100)) return undefined;
  const task = v.task === null ? null : PHONE_TASKS.find((t) => t === v.task);
  if (task === undefined) return undefined;
  const groups = v.groups === null ? null : isInt(v.groups, 1, 1000) ? v.groups : undefined;
  if (groups === undefined) return undefined;
  return { id: v.id, index: v.index, count: v.count, task, groups };
}

function readTimer(v: unknown): RoomView['timer'] | undefined {
  if (v === null) return null;
  if (!isObject(v) || typeof v.running !== 'boolean') return undefined;
  if (!isInt(v.remainingMs, -1e9, 1e9) || !isInt(v.at, 0, 1e14)) return undefined;
  return { running: v.running, remainingMs: v.remainingMs, at: v.at };
}

function readWishes(v: unknown): ViewWish[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_VIEW_WISHES) return undefined;
  const wishes: ViewWish[] = [];
  for (const w of v as unknown[]) {
    if (!isObject(w) || !isShortString(w.id, 100) || !isShortString(w.text, MAX_VIEW_TEXT)) {
      return undefined;
    }
    const total = w.total === null ? null : isInt(w.total, 0, 1e6) ? w.total : undefined;
    if (total === undefined) return undefined;
    wishes.push({ id: w.id, text: w.text, total });
  }
  return wishes;
}

function readLines(v: unknown): ViewLine[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_VIEW_LINES) return undefined;
  const lines: ViewLine[] = [];
  for (const l of v as unknown[]) {
    if (!isObject(l) || !isInt(l.group, 1, 1000) || !isShortString(l.text, MAX_VIEW_TEXT)) {
      return undefined;
    }
    lines.push({ group: l.group, text: l.text });
  }
  return lines;
}

function readChoices(v: unknown): ViewChoice[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_VIEW_LINES) return undefined;
  const choices: ViewChoice[] = [];
  for (const c of v as unknown[]) {
    if (!isObject(c) || !isInt(c.group, 1, 1000) || !Array.isArray(c.wishIds)) return undefined;
    const wishIds = c.wishIds as unknown[];
    if (wishIds.length > MAX_WISHES_PER_GROUP) return undefined;
    if (!wishIds.every((id): id is string => isShortString(id, 100))) return undefined;
    choices.push({ group: c.group, wishIds });
  }
  return choices;
}

function readProposals(v: unknown): ViewProposal[] | undefined {
  if (!Array.isArray(v) || v.length > MAX_VIEW_LINES) return undefined;
  const proposals: ViewProposal[] = [];
  for (const p of v as unknown[]) {
    if (!isObject(p) || !isShortString(p.wishId, 100) || !isShortString(p.text, MAX_VIEW_TEXT)) {
      return undefined;
    }
    const group = p.group === null ? null : isInt(p.group, 1, 1000) ? p.group : undefined;
    const heading = p.heading === null ? null : PROPOSAL_HEADINGS.find((h) => h === p.heading);
    if (group === undefined || heading === undefined) return undefined;
    proposals.push({ wishId: p.wishId, text: p.text, group, heading });
  }
  return proposals;
}

/**
 * The view in `value` (opened from the room), checked field by field; 'newer' when it speaks a
 * later protocol than this page; null when it is no view. Hand-written rather than zod, so that
 * the phone page stays small: it checks one small shape, and nothing it reads is stored.
 */
export function readRoomView(value: unknown): RoomView | 'newer' | null {
  if (!isObject(value) || !isInt(value.protocol, 1, 1000)) return null;
  if (value.protocol > ROOM_PROTOCOL) return 'newer';
  if (typeof value.open !== 'boolean') return null;
  if (value.meeting !== 'meeting1' && value.meeting !== 'meeting2') return null;
  const step = readStep(value.step);
  const timer = readTimer(value.timer);
  const vote = VOTE_STATES.find((s) => s === value.vote);
  const wishes = readWishes(value.wishes);
  const lines = readLines(value.lines);
  const choices = readChoices(value.choices);
  const proposals = readProposals(value.proposals);
  if (step === undefined || timer === undefined || !vote || !wishes || !lines) return null;
  if (!choices || !proposals) return null;
  return {
    protocol: value.protocol,
    open: value.open,
    meeting: value.meeting,
    step,
    timer,
    vote,
    wishes,
    lines,
    choices,
    proposals,
  };
}

/** Time left on the clock at `now` (this device's clock), from the view. */
export function remainingAt(timer: NonNullable<RoomView['timer']>, now: number): number {
  return timer.running ? timer.remainingMs - Math.max(0, now - timer.at) : timer.remainingMs;
}
