import type { AgendaStep } from '../../domain/agenda/agenda';
import { TEMPLATE_STEP_IDS, type TemplateStepId } from '../../domain/agenda/ids';
import { useT } from '../../i18n/useT';

const isTemplateStep = (id: string): id is TemplateStepId =>
  (TEMPLATE_STEP_IDS as readonly string[]).includes(id);

/** The texts of a step: the method's own steps by id, anything the leader added as a break. */
export function useStepTexts() {
  const t = useT().agenda;
  return (step: Pick<AgendaStep, 'id'>) =>
    isTemplateStep(step.id) ? t.steps[step.id] : t.breakStep;
}
