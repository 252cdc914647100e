import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { PhaseStatusControl } from '../common/PhaseStatusControl';
import { useCurrentProcess } from '../common/ProcessContext';
import { ApprovalSection } from './ApprovalSection';
import { CommunicationSection } from './CommunicationSection';
import { CompletenessPanel } from './CompletenessPanel';
import { ExportPanel } from './ExportPanel';
import { GoalsSection } from './GoalsSection';
import { InitiativesSection } from './InitiativesSection';
import { PlanAbsenceSection } from './PlanAbsenceSection';
import './plan.css';

/** `meeting2` is meeting 2's record (its own feature), composed in by the route. */
export function PlanPage({ meeting2 }: { meeting2: ReactNode }) {
  const t = useT().plan.page;
  const { process } = useCurrentProcess();
  const record = (
    <section className="card" aria-labelledby="plan-meeting2">
      <h2 id="plan-meeting2">{t.meeting2Heading}</h2>
      <p className="field-hint">{t.meeting2Intro}</p>
      {meeting2}
    </section>
  );
  // Meeting 2 is entered first; once the plan has initiatives, its goals and initiatives lead.
  const planFirst = process.plan.initiatives.length > 0;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {planFirst ? null : record}
      <GoalsSection />
      <InitiativesSection />
      {planFirst ? record : null}
      <PlanAbsenceSection />
      <CommunicationSection />
      <ApprovalSection />
      <CompletenessPanel />
      <ExportPanel />
      <PhaseStatusControl phase="plan" />
    </>
  );
}
