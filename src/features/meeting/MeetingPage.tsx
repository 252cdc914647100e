import { useRef, type ReactNode } from 'react';
import type { MeetingKey } from '../../domain/agenda/ids';
import { currentStep } from '../../domain/agenda/timer';
import { useT } from '../../i18n/useT';
import { PhaseStatusControl } from '../common/PhaseStatusControl';
import { useCurrentProcess } from '../common/ProcessContext';
import { AgendaSettings } from './AgendaSettings';
import { GroupsSection } from './GroupsSection';
import { LiveMeeting } from './LiveMeeting';
import { ProjectorControls } from './ProjectorControls';
import { RecordSection } from './RecordSection';
import { StickyTimerBar } from './StickyTimerBar';
import './meeting.css';

interface MeetingPageProps {
  meeting: MeetingKey;
  /** What the current step captures; the route composes it from the capture features. */
  capture: (stepId: string | null) => ReactNode;
  /** The meeting room for phones, composed by the route (features/room). */
  room?: ReactNode;
}

/** The meeting runner on the leader's laptop: clock, schedule, capture, projector, settings. */
export function MeetingPage({ meeting, capture, room }: MeetingPageProps) {
  const { process } = useCurrentProcess();
  const t = useT();
  const run = process.meetingRuns[meeting];
  const stepId = currentStep(run.timer, run.agenda)?.step.id ?? null;
  const clockRef = useRef<HTMLDivElement>(null);
  return (
    <div className="meeting-page">
      <h1>{t.agenda.meetings[meeting]}</h1>
      <p className="lead">{t.meeting.lead[meeting]}</p>
      <StickyTimerBar meeting={meeting} run={run} clockRef={clockRef} />
      <LiveMeeting meeting={meeting} run={run} clockRef={clockRef} />
      <ProjectorControls meeting={meeting} />
      {capture(stepId)}
      {room}
      <GroupsSection meeting={meeting} run={run} />
      <AgendaSettings meeting={meeting} run={run} />
      <RecordSection meeting={meeting} run={run} />
      <PhaseStatusControl phase={meeting} />
    </div>
  );
}
