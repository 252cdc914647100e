import { nextMeeting, parseMeetingTime } from '../../domain/preparation/meetingPlan';
import type { MeetingPlan } from '../../domain/preparation/meetingPlan';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';

/** The next planned meeting after now, or a note that none is planned. */
export function NextMeeting({ meetings, now }: { meetings: MeetingPlan; now: Date }) {
  const t = useT();
  const formatDate = useFormatDate();
  const next = nextMeeting(meetings, now);
  if (!next) return <>{t.home.noMeeting}</>;
  const at = parseMeetingTime(meetings[next.meeting]);
  return (
    <>
      {t.process.meetingNames[next.meeting]}: {at ? formatDate(at, t.process.dates.dateTime) : ''}
    </>
  );
}
