import type { ApvProcess } from '../../domain/document';
import { timerStatus } from '../../domain/agenda/timer';

/**
 * Whether any dialogue meeting's timer is running, in any process. While one is, the app
 * does not change version: the controller and the projector keep the code they started
 * with until the meeting is paused or finished. (Every window sees every process: the
 * store syncs across windows.)
 */
export function anyMeetingRunning(processes: Record<string, ApvProcess>): boolean {
  return Object.values(processes).some((process) =>
    Object.values(process.meetingRuns).some((run) => timerStatus(run.timer) === 'running'),
  );
}
