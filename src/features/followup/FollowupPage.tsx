import { Link } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { PhaseStatusControl } from '../common/PhaseStatusControl';
import { useCurrentProcess } from '../common/ProcessContext';
import { AbsenceFollowUp } from './AbsenceFollowUp';
import { DueFollowUps } from './DueFollowUps';
import { EffectChecks } from './EffectChecks';
import { StaffLog, TeamSection } from './PeopleAndNews';
import { RevisionNotice } from './RevisionNotice';
import { StatusBoard } from './StatusBoard';
import './followup.css';

export function FollowupPage({ now }: { now: Date }) {
  const { process } = useCurrentProcess();
  const t = useT().plan.followup;
  const hasPlan = process.plan.initiatives.length > 0;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {hasPlan ? (
        <>
          <DueFollowUps now={now} onDashboard={false} />
          <StatusBoard />
          <EffectChecks />
        </>
      ) : (
        <p className="message">
          {t.noPlan} <Link to={paths.phase(process.id, 'plan')}>{t.toPlan}</Link>
        </p>
      )}
      <StaffLog />
      <TeamSection />
      <AbsenceFollowUp />
      <RevisionNotice now={now} />
      <PhaseStatusControl phase="followup" />
    </>
  );
}
