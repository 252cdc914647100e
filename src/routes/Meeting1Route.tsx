import { CapturePanel } from './CapturePanel';
import { MeetingPage } from '../features/meeting/MeetingPage';

export function Component() {
  return (
    <MeetingPage
      meeting="meeting1"
      capture={(stepId) => <CapturePanel meeting="meeting1" stepId={stepId} />}
    />
  );
}
