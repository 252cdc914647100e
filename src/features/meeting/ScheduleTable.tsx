import { MINUTE_MS } from '../../domain/agenda/agenda';
import type { MeetingKey } from '../../domain/agenda/ids';
import { forecastEnd, plannedSchedule } from '../../domain/agenda/schedule';
import type { MeetingRun } from '../../domain/agenda/section';
import { currentStep, timerStatus } from '../../domain/agenda/timer';
import { readTimer } from '../../domain/agenda/timerReading';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { plannedStart } from './plannedStart';
import { useStepTexts } from '../common/stepTexts';
import { useTimerActions } from './useTimerActions';

interface ScheduleTableProps {
  meeting: MeetingKey;
  run: MeetingRun;
  now: number;
}

/** Planned clock time per step, actual minutes, and a live forecast of the end. */
export function ScheduleTable({ meeting, run, now }: ScheduleTableProps) {
  const { process } = useCurrentProcess();
  const t = useT().meeting;
  const format = useFormatDate();
  const texts = useStepTexts();
  const { jump } = useTimerActions(meeting);
  const start = plannedStart(process, meeting, run, now);
  const schedule = plannedSchedule(run.agenda, start.at);
  const current = currentStep(run.timer, run.agenda);
  const reading = readTimer(run.timer, run.agenda, now);
  const status = timerStatus(run.timer);
  const clock = (ms: number) => format(new Date(ms), 'HH:mm');
  const plannedEnd = schedule.at(-1)?.endsAt ?? null;
  // Before the start there is nothing to forecast: the planned end says it all.
  const forecast = status === 'idle' ? null : forecastEnd(run.timer, run.agenda, now);
  const drift =
    plannedEnd !== null && forecast !== null ? Math.round((forecast - plannedEnd) / MINUTE_MS) : 0;
  const recordMinutes = (minutes: number) => t.record.minutes(minutes);

  return (
    <section aria-labelledby="schedule-title" className="card schedule">
      <h2 id="schedule-title">{t.schedule.heading}</h2>
      <p className="field-hint">
        {start.source === 'actual'
          ? t.schedule.fromStart
          : start.source === 'plan'
            ? t.schedule.fromPlan
            : t.schedule.fromNow}
      </p>
      <table className="table">
        <caption className="visually-hidden">{t.schedule.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.schedule.plannedAt}</th>
            <th scope="col">{t.schedule.step}</th>
            <th scope="col">{t.schedule.plannedMinutes}</th>
            <th scope="col">{t.schedule.actual}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((row) => {
            const step = run.agenda.steps.find((s) => s.id === row.stepId)!;
            const isCurrent = status !== 'finished' && current?.step.id === row.stepId;
            const actualMinutes = run.record.actualMinutes[row.stepId];
            const title = texts(step).title;
            return (
              <tr key={row.stepId} aria-current={isCurrent ? 'step' : undefined}>
                <td>{clock(row.startsAt)}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t.schedule.jumpTo(title)}
                    disabled={status === 'finished' || isCurrent}
                    onClick={() => jump(row.stepId)}
                  >
                    {title}
                  </button>
                  {isCurrent ? <span className="badge">{t.schedule.current}</span> : null}
                </th>
                <td>{t.controller.minutes(step.minutes)}</td>
                <td>
                  {isCurrent && reading && status !== 'idle'
                    ? recordMinutes(Math.floor(reading.elapsedMs / 6000) / 10)
                    : actualMinutes !== undefined
                      ? recordMinutes(actualMinutes)
                      : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="schedule-ends" aria-live="polite">
        {plannedEnd !== null ? <span>{t.schedule.plannedEnd(clock(plannedEnd))}</span> : null}
        {forecast !== null ? (
          <strong data-testid="forecast-end">
            {status === 'finished'
              ? t.schedule.endedAt(clock(forecast))
              : t.schedule.forecastEnd(clock(forecast))}
          </strong>
        ) : null}
        {drift > 0 ? <span className="drift-behind">{t.schedule.behind(drift)}</span> : null}
        {drift < 0 ? <span>{t.schedule.ahead(-drift)}</span> : null}
      </p>
    </section>
  );
}
