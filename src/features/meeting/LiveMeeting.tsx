import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { ScheduleTable } from './ScheduleTable';
import { TimerPanel } from './TimerPanel';
import { useMeetingNow } from '../common/useMeetingNow';

/** The parts that follow the clock; kept apart so each tick re-renders only these. */
export function LiveMeeting({ meeting, run }: { meeting: MeetingKey; run: MeetingRun }) {
  const now = useMeetingNow(run);
  return (
    <div className="meeting-live">
      <TimerPanel meeting={meeting} run={run} now={now} />
      <ScheduleTable meeting={meeting} run={run} now={now} />
    </div>
  );
}
