import { useT } from '../../i18n/useT';
import { PhaseStatusControl } from '../common/PhaseStatusControl';
import { AbsenceSection } from './AbsenceSection';
import { MeetingPlanSection } from './MeetingPlanSection';
import { PeopleSection } from './PeopleSection';
import { QuestionsSection } from './QuestionsSection';
import { SuitabilitySection } from './SuitabilitySection';

export function PreparationPage() {
  const t = useT().preparation;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <QuestionsSection />
      <SuitabilitySection />
      <PeopleSection />
      <MeetingPlanSection />
      <AbsenceSection />
      <PhaseStatusControl phase="preparation" />
    </>
  );
}
