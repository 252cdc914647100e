import type { StepKind } from '../agenda/ids';
import { readTimer } from '../agenda/timerReading';
import type { ApvProcess } from '../document';
import { GROUPING_KINDS, type GroupingKind } from '../groups/groupSizes';
import { splitIntoGroups } from '../groups/splitIntoGroups';
import { bruttoliste } from '../wishes/bruttoliste';
import { isListed } from '../wishes/capture';
import type { RoomContext } from './ledger';
import {
  MAX_VIEW_LINES,
  MAX_VIEW_WISHES,
  ROOM_PROTOCOL,
  type PhoneTask,
  type RoomView,
  type VoteState,
} from './view';

const bySize = (grouping: string | null): grouping is GroupingKind =>
  (GROUPING_KINDS as readonly (string | null)[]).includes(grouping);

/** What the leader decides about the room beside the process: open or closed, the vote closed. */
export interface RoomControl {
  open: boolean;
  voteClosed: boolean;
}

/** The steps where phones help, and how (meeting 1; meeting 2's parts are not on phones yet). */
const TASK_OF_STEP: Partial<Record<StepKind, PhoneTask>> = {
  interview: 'strengths',
  brainstorm: 'wishes',
  selection: 'vote',
};

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
  let groups: number | null = null;
  const people = run.record.present ?? process.people.participants;
  if (step && bySize(step.grouping) && people !== null) {
    const departments = process.people.departments.map((d) => ({
      id: d.id,
      headcount: d.headcount,
    }));
    const split = splitIntoGroups(step.grouping, people, departments);
    if (split.ok) groups = split.split.groupCount;
  }
  return { meeting, run, reading, step, task, vote, groups };
}

/** The view the phones get: the step, its clock and task, and in the vote the wishes. */
export function roomViewOf(process: ApvProcess, control: RoomControl, now: number): RoomView {
  const { meeting, reading, step, task, vote, groups } = roomStep(process, control, now);
  const showWishes = vote === 'open' || vote === 'shown';
  const wishes = showWishes
    ? bruttoliste(process.wishes)
        .slice(0, MAX_VIEW_WISHES)
        .map((row) => ({
          id: row.wish.id,
          text: row.wish.text,
          total: vote === 'shown' ? row.total : null,
        }))
    : [];
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
    wishes,
    lines,
  };
}

/** What the ledger needs to judge an entry arriving now. */
export function roomContextOf(process: ApvProcess, control: RoomControl, now: number): RoomContext {
  const { step, task, vote, groups } = roomStep(process, control, now);
  const markable = new Set(process.wishes.wishes.filter(isListed).map((w) => w.id));
  return { now, stepId: step?.id ?? null, task, vote, groups, markable };
}
