import type { AgendaStep } from '../agenda/agenda';
import { MEETING_KEYS, type StepKind } from '../agenda/ids';
import { readTimer } from '../agenda/timerReading';
import type { ApvProcess } from '../document';
import { GROUPING_KINDS, type GroupingKind } from '../groups/groupSizes';
import { splitIntoGroups } from '../groups/splitIntoGroups';
import { prioritisedWishIds } from '../plan/meeting2';
import { bruttoliste } from '../wishes/bruttoliste';
import { isListed } from '../wishes/capture';
import type { RoomContext } from './ledger';
import {
  MAX_VIEW_LINES,
  MAX_VIEW_WISHES,
  ROOM_PROTOCOL,
  type PhoneTask,
  type RoomView,
  type ViewProposal,
  type VoteState,
} from './view';

const bySize = (grouping: string | null): grouping is GroupingKind =>
  (GROUPING_KINDS as readonly (string | null)[]).includes(grouping);

/** What the leader decides about the room beside the process: open or closed, the vote closed. */
export interface RoomControl {
  open: boolean;
  voteClosed: boolean;
}

/** The steps where phones help, and how. */
const TASK_OF_STEP: Partial<Record<StepKind, PhoneTask>> = {
  interview: 'strengths',
  brainstorm: 'wishes',
  selection: 'vote',
  priority: 'priority',
  actionGroups: 'action',
};

/** How many groups a step splits the room into, when the app can tell. */
function groupsOf(process: ApvProcess, step: AgendaStep, meeting: 'meeting1' | 'meeting2') {
  const people = process.meetingRuns[meeting].record.present ?? process.people.participants;
  if (!bySize(step.grouping) || people === null) return null;
  const departments = process.people.departments.map((d) => ({
    id: d.id,
    headcount: d.headcount,
  }));
  const split = splitIntoGroups(step.grouping, people, departments);
  return split.ok ? split.split.groupCount : null;
}

/** The room's current step, its task and the vote's state, from the projected meeting. */
export function roomStep(process: ApvProcess, control: RoomControl, now: number) {
  const meeting = process.projector.meeting;
  const run = process.meetingRuns[meeting];
  const reading = readTimer(run.timer, run.agenda, now);
  const step = run.agenda.steps.find((s) => s.id === reading?.stepId) ?? null;
  const task = (step && control.open && TASK_OF_STEP[step.kind]) || null;
  const ranked = process.projector.view === 'ranking';
  const vote: VoteState =
    task === 'vote' && !control.voteClosed
      ? 'open'
      : control.voteClosed
        ? ranked
          ? 'shown'
          : 'closed'
        : 'notYet';
  const groups = step ? groupsOf(process, step, meeting) : null;
  return { meeting, run, reading, step, task, vote, groups };
}

/** The wishes phones see: the bruttoliste in the vote and in meeting 2's step 1; step 2's wishes. */
function viewWishes(process: ApvProcess, task: PhoneTask | null, vote: VoteState) {
  const texts = new Map(process.wishes.wishes.map((w) => [w.id, w.text]));
  if (task === 'action') {
    return prioritisedWishIds(process.meeting2)
      .slice(0, MAX_VIEW_WISHES)
      .map((id) => ({ id, text: texts.get(id) ?? id, total: null }));
  }
  const showWishes = vote === 'open' || vote === 'shown' || task === 'priority';
  if (!showWishes) return [];
  return bruttoliste(process.wishes)
    .slice(0, MAX_VIEW_WISHES)
    .map((row) => ({
      id: row.wish.id,
      text: row.wish.text,
      total: vote === 'shown' && task !== 'priority' ? row.total : null,
    }));
}

/** Meeting 2's proposals of the step: the groups of 4's in step 1, the headings' in step 2. */
function viewProposals(process: ApvProcess, task: PhoneTask | null): ViewProposal[] {
  if (task !== 'priority' && task !== 'action') return [];
  const origin = task === 'priority' ? 'groupOfFour' : 'interestGroup';
  return process.meeting2.proposals
    .filter((p) => p.origin.step === origin)
    .slice(-MAX_VIEW_LINES)
    .map((p) => ({
      wishId: p.wishId,
      text: p.text,
      group: p.origin.step === 'groupOfFour' ? p.origin.group : null,
      heading: p.origin.step === 'interestGroup' ? p.origin.heading : null,
    }));
}

/** The view the phones get: the step, its clock and task, and what the step's task needs. */
export function roomViewOf(process: ApvProcess, control: RoomControl, now: number): RoomView {
  const { meeting, reading, step, task, vote, groups } = roomStep(process, control, now);
  const written =
    task === 'strengths'
      ? process.wishes.strengths
      : task === 'wishes'
        ? process.wishes.wishes
        : [];
  const lines = written
    .filter((line) => !('removedAt' in line) || line.removedAt === null)
    .slice(-MAX_VIEW_LINES)
    .map(({ group, text }) => ({ group, text }));
  const choices =
    task === 'priority'
      ? process.meeting2.groupChoices
          .slice(0, MAX_VIEW_LINES)
          .map(({ group, wishIds }) => ({ group, wishIds: [...wishIds] }))
      : [];
  return {
    protocol: ROOM_PROTOCOL,
    open: control.open,
    meeting,
    step:
      step && reading
        ? { id: step.id, index: reading.stepIndex, count: reading.stepCount, task, groups }
        : null,
    timer: reading
      ? {
          running: reading.status === 'running',
          remainingMs: Math.round(reading.remainingMs),
          at: now,
        }
      : null,
    vote,
    wishes: viewWishes(process, task, vote),
    lines,
    choices,
    proposals: viewProposals(process, task),
  };
}

/** What the ledger knows of the process, whatever the step. */
function processFacts(process: ApvProcess) {
  const markable = new Set(process.wishes.wishes.filter(isListed).map((w) => w.id));
  const { meeting2 } = process;
  const choices = new Map(meeting2.groupChoices.map((c) => [c.group, c.wishIds]));
  const groupProposals = new Map<string, number>();
  for (const p of meeting2.proposals) {
    if (p.origin.step !== 'groupOfFour') continue;
    const key = `${p.origin.group}/${p.wishId}`;
    groupProposals.set(key, (groupProposals.get(key) ?? 0) + 1);
  }
  return { markable, prioritised: new Set(prioritisedWishIds(meeting2)), choices, groupProposals };
}

/** What the ledger needs to judge an entry arriving now. */
export function roomContextOf(process: ApvProcess, control: RoomControl, now: number): RoomContext {
  const { step, task, vote, groups } = roomStep(process, control, now);
  return { now, stepId: step?.id ?? null, task, vote, groups, ...processFacts(process) };
}

/**
 * The context of an entry's own step, in either meeting, for the leader who takes in an entry
 * kept aside: the rules of that step (its groups, its task), whatever step runs now.
 */
export function stepContextOf(process: ApvProcess, stepId: string, now: number): RoomContext {
  for (const meeting of MEETING_KEYS) {
    const step = process.meetingRuns[meeting].agenda.steps.find((s) => s.id === stepId);
    if (!step) continue;
    return {
      now,
      stepId,
      task: TASK_OF_STEP[step.kind] ?? null,
      vote: 'open',
      groups: groupsOf(process, step, meeting),
      ...processFacts(process),
    };
  }
  return { now, stepId, task: null, vote: 'notYet', groups: null, ...processFacts(process) };
}
