import type { Agenda } from './agenda';
import type { MeetingKey } from './ids';
import { emptyMeetingRecord, type MeetingRecord } from './record';
import { agendaTemplate } from './templates';
import { idleTimer, type TimerState } from './timer';

/** One dialogue meeting as it is planned and run: its agenda, its timer, its record. */
export interface MeetingRun {
  agenda: Agenda;
  timer: TimerState;
  record: MeetingRecord;
}

/** The APV document's section for running the two dialogue meetings. */
export type MeetingsSection = Record<MeetingKey, MeetingRun>;

export function emptyMeetingRun(meeting: MeetingKey): MeetingRun {
  return { agenda: agendaTemplate(meeting), timer: idleTimer(), record: emptyMeetingRecord() };
}

export function emptyMeetingsSection(): MeetingsSection {
  return { meeting1: emptyMeetingRun('meeting1'), meeting2: emptyMeetingRun('meeting2') };
}
