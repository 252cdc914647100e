/** Test-only: the example workplace's plan as export input. */
import { emptyFollowUp, type FollowUp } from '../followup/followup';
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

/** The plan with no follow-up yet unless one is given (see exampleFollowUp). */
export function exampleExportInput(
  plan: Handleplan = examplePlan(),
  followUp: FollowUp = emptyFollowUp(),
): PlanExportInput {
  return {
    workplace: workplaceName,
    exportDate: '2027-03-05',
    plan,
    absenceBaseline,
    wishes: exampleWishes(),
    meeting2: exampleMeeting2(),
    followUp,
    labels: testLabels,
  };
}
