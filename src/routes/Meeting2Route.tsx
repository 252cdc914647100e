import { CapturePanel } from './CapturePanel';
import { MeetingPage } from '../features/meeting/MeetingPage';
import { RoomPanel } from '../features/room/RoomPanel';

export function Component() {
  return (
    <MeetingPage
      meeting="meeting2"
      capture={(stepId) => <CapturePanel meeting="meeting2" stepId={stepId} />}
      room={<RoomPanel meeting="meeting2" />}
    />
  );
}
