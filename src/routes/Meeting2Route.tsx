import { MeetingPage } from '../features/meeting/MeetingPage';

export function Component() {
  return <MeetingPage meeting="meeting2" />;
}
