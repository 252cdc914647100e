import { ComingPhase } from '../features/process/ComingPhase';

export function Component() {
  return <ComingPhase phase="meeting1" />;
}
