import {
  MEETING_IDS,
  meetingPlanWarnings,
  parseMeetingTime,
} from '../../domain/preparation/meetingPlan';
import { downloadFile, fileSlug } from '../../components/download';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';

export function MeetingPlanSection() {
  const { process, commit } = useCurrentProcess();
  const t = useT().preparation.meetings;
  const invalid = useT().common.validation.dateTime;
  const names = useT().process.meetingNames;
  const warnings = meetingPlanWarnings(process.meetings).map((w) => {
    if (w.kind === 'gapTooShort') return t.gapTooShort(w.days);
    if (w.kind === 'gapTooLong') return t.gapTooLong(w.days);
    return t.outOfOrder(names[w.meeting], names[w.before]);
  });
  // The calendar writer is loaded only when someone asks for the file.
  const ics = async () =>
    (await import('../../domain/export/meetingsIcs')).meetingsIcs({
      processId: process.id,
      workplace: process.name,
      meetings: process.meetings,
      titles: names,
      description: t.icsDescription(process.name),
      name: t.icsName(process.name),
      now: clock.now().toISOString(),
      reminder: t.icsReminder,
    });
  const hasDate = MEETING_IDS.some((m) => process.meetings[m] !== '');
  return (
    <section aria-labelledby="meetings-title" className="card">
      <h2 id="meetings-title">{t.heading}</h2>
      <div className="grid-2">
        {MEETING_IDS.map((meeting) => (
          <TextField
            draftField={`meeting:${meeting}`}
            key={meeting}
            type="datetime-local"
            label={names[meeting]}
            value={process.meetings[meeting]}
            validate={(d) => (d === '' || parseMeetingTime(d) ? null : invalid)}
            onCommit={(at) => commit({ type: 'meetingPlanned', meeting, at })}
          />
        ))}
      </div>
      <div aria-live="polite">
        {warnings.map((w) => (
          <p key={w} className="message warning">
            {w}
          </p>
        ))}
      </div>
      {hasDate ? (
        <button
          type="button"
          className="button"
          onClick={async () => {
            const text = await ics();
            if (text)
              downloadFile(
                `apv-moeder-${fileSlug(process.name)}.ics`,
                text,
                'text/calendar;charset=utf-8',
              );
          }}
        >
          {t.downloadIcs}
        </button>
      ) : (
        <p className="field-hint">{t.icsNothing}</p>
      )}
    </section>
  );
}
