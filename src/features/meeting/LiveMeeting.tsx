import type { RefObject } from 'react';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { ScheduleTable } from './ScheduleTable';
import { TimerPanel } from './TimerPanel';
import { useMeetingNow } from '../common/useMeetingNow';

/** The parts that follow the clock; kept apart so each tick re-renders only these. */
export function LiveMeeting({
  meeting,
  run,
  clockRef,
}: {
  meeting: MeetingKey;
  run: MeetingRun;
  /** Around the clock, so the page can tell when it is scrolled away. */
  clockRef?: RefObject<HTMLDivElement | null>;
}) {
  const now = useMeetingNow(run);
  return (
    <div className="meeting-live">
      <div ref={clockRef}>
        <TimerPanel meeting={meeting} run={run} now={now} />
      </div>
      <ScheduleTable meeting={meeting} run={run} now={now} />
    </div>
  );
}
