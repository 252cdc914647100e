import { meeting2EventProblem, type Meeting2Event } from '../../domain/plan/meeting2Events';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../process/ProcessContext';

/** Records an event after checking it, returning the Danish reason when it was refused. */
export function useMeeting2() {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.meeting2;
  const send = (event: Meeting2Event): string | null => {
    const problem = meeting2EventProblem(process.meeting2, event);
    if (problem) return t.problems[problem];
    record(event);
    return null;
  };
  return { process, meeting2: process.meeting2, send };
}
