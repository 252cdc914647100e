import { Meeting2AllSteps } from '../features/meeting2/Meeting2Capture';
import { PlanPage } from '../features/plan/PlanPage';

export function Component() {
  return <PlanPage meeting2={<Meeting2AllSteps headingLevel={3} />} />;
}
