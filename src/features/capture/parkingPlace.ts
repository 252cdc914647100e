import { TEMPLATE_STEP_IDS, type TemplateStepId } from '../../domain/agenda/ids';
import type { ApvProcess } from '../../domain/document';
import type { ParkingItem } from '../../domain/parking/parking';
import type { Dictionary } from '../../i18n/dictionary';

const templateIds: ReadonlySet<string> = new Set(TEMPLATE_STEP_IDS);
const isTemplateStep = (id: string): id is TemplateStepId => templateIds.has(id);

/** The step's title, "Pause" for an added break, or null when unknown. */
export function stepTitle(
  t: Dictionary,
  process: ApvProcess,
  item: Pick<ParkingItem, 'meeting' | 'stepId'>,
): string | null {
  const stepId = item.stepId;
  if (stepId === undefined) return null;
  if (isTemplateStep(stepId)) return t.agenda.steps[stepId].title;
  const step = process.meetingRuns[item.meeting].agenda.steps.find((s) => s.id === stepId);
  return step?.kind === 'break' ? t.capture.parking.breakStep : null;
}

/** "1. dialogmøde · Brainstorm i 6-mandsgrupper": where a topic was parked. */
export function parkedWhere(
  t: Dictionary,
  process: ApvProcess,
  item: Pick<ParkingItem, 'meeting' | 'stepId'>,
): string {
  return t.capture.parking.where(t.agenda.meetings[item.meeting], stepTitle(t, process, item));
}
