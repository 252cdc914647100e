import { useT } from '../../i18n/useT';
import { Meeting2AllSteps } from '../meeting2/Meeting2Capture';
import { PhaseStatusControl } from '../shared/PhaseStatusControl';
import { ApprovalSection, CommunicationSection } from './CommunicationSection';
import { CompletenessPanel } from './CompletenessPanel';
import { ExportPanel } from './ExportPanel';
import { GoalsSection } from './GoalsSection';
import { InitiativesSection } from './InitiativesSection';
import { PlanAbsenceSection } from './PlanAbsenceSection';
import './plan.css';

export function PlanPage() {
  const t = useT().plan.page;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section className="card" aria-labelledby="plan-meeting2">
        <h2 id="plan-meeting2">{t.meeting2Heading}</h2>
        <p className="field-hint">{t.meeting2Intro}</p>
        <Meeting2AllSteps headingLevel={3} />
      </section>
      <GoalsSection />
      <InitiativesSection />
      <PlanAbsenceSection />
      <CommunicationSection />
      <ApprovalSection />
      <CompletenessPanel />
      <ExportPanel />
      <PhaseStatusControl phase="plan" />
    </>
  );
}
