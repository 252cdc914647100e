import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import type { ApvProcess } from '../../domain/document';
import { parseMeetingTime, type MeetingId } from '../../domain/preparation/meetingPlan';

const PLAN_IDS: Record<MeetingKey, MeetingId> = {
  meeting1: 'dialogmoede1',
  meeting2: 'dialogmoede2',
};

export type StartSource = 'actual' | 'plan' | 'now';

/**
 * Where the schedule's clock times count from: the actual start once the meeting has
 * started, else the meeting time set under preparation, else (nothing known) now.
 */
export function plannedStart(
  process: ApvProcess,
  meeting: MeetingKey,
  run: MeetingRun,
  now: number,
): { at: number; source: StartSource } {
  if (run.record.startedAt !== null) return { at: run.record.startedAt, source: 'actual' };
  const planned = parseMeetingTime(process.meetings[PLAN_IDS[meeting]]);
  if (planned) return { at: planned.getTime(), source: 'plan' };
  // Whole minutes, so the planned times do not creep while nobody has started.
  return { at: Math.floor(now / 60_000) * 60_000, source: 'now' };
}
