import { PlanPage } from '../features/plan/PlanPage';

export function Component() {
  return <PlanPage />;
}
