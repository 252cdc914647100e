import type { TimerEvent } from '../../domain/agenda/events';
import type { MeetingKey } from '../../domain/agenda/ids';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';

type TimerEventType = TimerEvent['type'];

/** Records timer events for one meeting, stamped with this window's clock (epoch ms). */
export function useTimerActions(meeting: MeetingKey) {
  const { process, record } = useCurrentProcess();
  const at = () => clock.now().getTime();
  const send = (type: Exclude<TimerEventType, 'timerExtended' | 'timerJumpedToStep'>) =>
    record({ type, meeting, at: at() } as TimerEvent);
  return {
    start() {
      // The projector follows the meeting that is being run.
      if (process.projector.meeting !== meeting) {
        record({ type: 'projectorShown', meeting, view: 'agenda' });
      }
      send('timerStarted');
    },
    pause: () => send('timerPaused'),
    resume: () => send('timerResumed'),
    next: () => send('timerMovedToNextStep'),
    previous: () => send('timerMovedToPreviousStep'),
    restart: () => send('timerStepRestarted'),
    finish: () => send('meetingFinished'),
    extend: (minutes: number) => record({ type: 'timerExtended', meeting, minutes, at: at() }),
    jump: (stepId: string) => record({ type: 'timerJumpedToStep', meeting, stepId, at: at() }),
  };
}
