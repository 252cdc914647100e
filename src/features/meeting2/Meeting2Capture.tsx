import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { GroupStep } from './GroupStep';
import { HeadingStep } from './HeadingStep';
import { JoinStep } from './JoinStep';
import { SubHeading } from './SubHeading';
import './meeting2.css';

type Step = 'priority' | 'action' | 'presentation';

const STEP_BY_ID: Record<string, Step> = {
  'm2-priority': 'priority',
  'm2-action': 'action',
  'm2-presentation': 'presentation',
};

/**
 * Meeting 2's capture for one agenda step (the meeting controller mounts it per step,
 * inside its own section, so it asks for level 3).
 */
export function Meeting2Capture({
  stepId,
  headingLevel = 2,
}: {
  stepId: string;
  headingLevel?: 2 | 3;
}) {
  const step = STEP_BY_ID[stepId];
  if (!step) return null;
  return <StepCapture step={step} headingLevel={headingLevel} />;
}

/** All three steps, for capturing outside a running meeting (the handleplan page). */
export function Meeting2AllSteps({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  return (
    <>
      <StepCapture step="priority" headingLevel={headingLevel} />
      <StepCapture step="action" headingLevel={headingLevel} />
      <StepCapture step="presentation" headingLevel={headingLevel} />
    </>
  );
}

function StepCapture({ step, headingLevel = 2 }: { step: Step; headingLevel?: 2 | 3 }) {
  const t = useT().plan.meeting2;
  const titleId = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="m2-step" aria-labelledby={titleId}>
      <H id={titleId}>{t.stepTitles[step]}</H>
      <SubHeading.Provider value={headingLevel === 2 ? 'h3' : 'h4'}>
        {step === 'priority' ? <GroupStep /> : null}
        {step === 'action' ? <HeadingStep /> : null}
        {step === 'presentation' ? <JoinStep /> : null}
      </SubHeading.Provider>
    </section>
  );
}
