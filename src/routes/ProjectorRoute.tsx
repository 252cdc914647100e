import { ComingPhase } from '../features/process/ComingPhase';

// Replaced by the projector view that the meeting-runner work builds.
export function Component() {
  return <ComingPhase phase="meeting1" />;
}
