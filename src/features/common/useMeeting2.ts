import type { Meeting2Event } from '../../domain/plan/meeting2Events';
import { useCurrentProcess } from './ProcessContext';

/** Meeting 2's capture, and `send`, which records an event and returns why it was refused. */
export function useMeeting2() {
  const { process, commit } = useCurrentProcess();
  const send = (event: Meeting2Event): string | null => commit(event);
  return { process, meeting2: process.meeting2, send };
}
