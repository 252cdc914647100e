import { ComingPhase } from '../features/process/ComingPhase';

// Replaced by the page that the bruttoliste/handleplan work builds.
export function Component() {
  return <ComingPhase phase="assessment" />;
}
