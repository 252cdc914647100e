import { PlanPrint } from '../features/plan/PlanPrint';

export function Component() {
  return <PlanPrint />;
}
