import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { NumberField } from '../../components/NumberField';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { useStepTexts } from '../common/stepTexts';

/** What the meeting left behind: when it ran, how long each step took, how many came. */
export function RecordSection({ meeting, run }: { meeting: MeetingKey; run: MeetingRun }) {
  const { commit } = useCurrentProcess();
  const t = useT().meeting.record;
  const format = useFormatDate();
  const texts = useStepTexts();
  const { startedAt, endedAt, actualMinutes, present } = run.record;
  const when = (at: number | null) => (at === null ? t.notYet : format(new Date(at), 'PPPp'));
  const done = run.agenda.steps.filter((s) => actualMinutes[s.id] !== undefined);
  return (
    <section aria-labelledby="record-title" className="card record">
      <h2 id="record-title">{t.heading}</h2>
      <dl className="facts">
        <div>
          <dt>{t.startedAt}</dt>
          <dd data-testid="record-started">{when(startedAt)}</dd>
        </div>
        <div>
          <dt>{t.endedAt}</dt>
          <dd data-testid="record-ended">{when(endedAt)}</dd>
        </div>
      </dl>
      <NumberField
        label={t.present}
        hint={t.presentHint}
        value={present}
        draftField={`record:${meeting}:present`}
        onCommit={(count) => commit({ type: 'attendanceRecorded', meeting, present: count })}
      />
      <h3>{t.actual}</h3>
      {done.length === 0 ? (
        <p className="field-hint">{t.noActual}</p>
      ) : (
        <ul className="actual-list">
          {done.map((step) => (
            <li key={step.id}>
              {texts(step).title}: {t.minutes(actualMinutes[step.id]!)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
