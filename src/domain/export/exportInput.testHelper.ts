/** Test-only: the example workplace's plan as export input. */
import {
  absenceBaseline,
  exampleMeeting2,
  examplePlan,
  exampleWishes,
  testLabels,
  workplaceName,
} from '../plan/exampleWorkplace.testHelper';
import type { Handleplan } from '../plan/handleplan';
import type { PlanExportInput } from './planRows';

export function exampleExportInput(plan: Handleplan = examplePlan()): PlanExportInput {
  return {
    workplace: workplaceName,
    exportDate: '2027-03-05',
    plan,
    absenceBaseline,
    wishes: exampleWishes(),
    meeting2: exampleMeeting2(),
    labels: testLabels,
  };
}
