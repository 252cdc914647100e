import { LIMITS } from '../limits';
import { MINUTE_MS } from './agenda';
import { timerStatus, type TimerState } from './timer';

/** What happened at one dialogue meeting: when it ran, how long each step took, who came. */
export interface MeetingRecord {
  /** Epoch ms of the first start; null until the meeting is started. */
  startedAt: number | null;
  endedAt: number | null;
  /** Actual minutes (one decimal) per step id, for the steps that have been left. */
  actualMinutes: Record<string, number>;
  /** People present; null until counted. */
  present: number | null;
}

export function emptyMeetingRecord(): MeetingRecord {
  return { startedAt: null, endedAt: null, actualMinutes: {}, present: null };
}

export function isValidPresentCount(present: number | null): boolean {
  return present === null || (Number.isInteger(present) && present >= 1 && present <= LIMITS.count);
}

/** Brings the record's times in line with the timer; the same record when nothing changed. */
export function syncRecord(record: MeetingRecord, timer: TimerState): MeetingRecord {
  const startedAt =
    record.startedAt ?? (timerStatus(timer) === 'idle' ? null : timer.stepStartedAt);
  const actualMinutes = Object.fromEntries(
    Object.entries(timer.actualMs).map(([id, ms]) => [id, Math.round((ms / MINUTE_MS) * 10) / 10]),
  );
  const unchanged =
    startedAt === record.startedAt &&
    timer.finishedAt === record.endedAt &&
    sameNumbers(actualMinutes, record.actualMinutes);
  return unchanged ? record : { ...record, startedAt, endedAt: timer.finishedAt, actualMinutes };
}

function sameNumbers(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
