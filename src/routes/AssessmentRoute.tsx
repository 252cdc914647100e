import { AssessmentPage } from '../features/assessment/AssessmentPage';

export function Component() {
  return <AssessmentPage />;
}
