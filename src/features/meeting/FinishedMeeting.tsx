import { MINUTE_MS } from '../../domain/agenda/agenda';
import type { MeetingRun } from '../../domain/agenda/section';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';

/** The clock's place once the meeting is over: when it ended and how long it ran, no controls. */
export function FinishedMeeting({ run }: { run: MeetingRun }) {
  const t = useT();
  const tc = t.meeting.controller;
  const format = useFormatDate();
  const { startedAt, endedAt } = run.record;
  const ended = endedAt ?? run.timer.finishedAt;
  const minutes =
    startedAt !== null && ended !== null ? Math.round((ended - startedAt) / MINUTE_MS) : null;
  return (
    <section aria-labelledby="timer-title" className="card timer-panel status-finished">
      <h2 id="timer-title">{tc.heading}</h2>
      <p className="timer-meta">
        <span className="timer-status" data-testid="timer-status">
          {t.agenda.timer.status.finished}
        </span>
      </p>
      <p className="message success" data-testid="meeting-finished">
        {ended !== null && minutes !== null
          ? tc.finishedAt(format(new Date(ended), 'HH:mm'), minutes)
          : tc.finished}
      </p>
    </section>
  );
}
