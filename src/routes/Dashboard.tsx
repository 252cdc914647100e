import { Link } from 'react-router-dom';
import { currentPhase } from '../domain/process/phases';
import { processPhases } from '../domain/process/derivedPhases';
import { useT } from '../i18n/useT';
import { paths } from '../paths';
import { ExportProcessButton } from '../features/backup/ExportButtons';
import { DueFollowUps } from '../features/followup/DueFollowUps';
import { NextMeeting } from '../features/common/NextMeeting';
import { RevisionDue } from '../features/common/RevisionDue';
import { PhaseStepper } from '../features/process/PhaseStepper';
import { useCurrentProcess } from '../features/common/ProcessContext';
import { SharePanel } from '../features/share/SharePanel';

/** The process overview. It shows parts of several features, so it is composed here. */
export function Dashboard({ now }: { now: Date }) {
  const { process } = useCurrentProcess();
  const t = useT().process;
  const phase = currentPhase(processPhases(process));
  return (
    <>
      <h1>{process.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t.dashboard.current}</dt>
          <dd>
            <Link to={paths.phase(process.id, phase)}>{t.phases[phase]}</Link>
          </dd>
        </div>
        <div>
          <dt>{t.dashboard.nextMeeting}</dt>
          <dd>
            <NextMeeting meetings={process.meetings} now={now} />
          </dd>
        </div>
        <div>
          <dt>{useT().preparation.people.participants}</dt>
          <dd>
            {process.people.participants === null
              ? t.dashboard.participantsUnknown
              : t.dashboard.participants(process.people.participants)}
          </dd>
        </div>
      </dl>
      <RevisionDue process={process} now={now} />
      <DueFollowUps now={now} />
      <PhaseStepper />
      <SharePanel />
      <ExportProcessButton process={process} />
    </>
  );
}
