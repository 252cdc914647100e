import { useState } from 'react';
import type { AgendaStep } from '../../domain/agenda/agenda';
import type { MeetingKey, QuestionId } from '../../domain/agenda/ids';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { useStepTexts } from '../common/stepTexts';
import { FieldError } from '../../components/FieldError';

/** Checkboxes for the questions the room sees on the projector; at least one stays chosen. */
export function QuestionChoice({ meeting, step }: { meeting: MeetingKey; step: AgendaStep }) {
  const { record } = useCurrentProcess();
  const t = useT();
  const title = useStepTexts()(step).title;
  const [needOne, setNeedOne] = useState(false);
  const toggle = (id: QuestionId, checked: boolean) => {
    const chosen = checked
      ? [...step.shownQuestionIds, id]
      : step.shownQuestionIds.filter((q) => q !== id);
    setNeedOne(chosen.length === 0);
    if (chosen.length > 0) {
      record({ type: 'questionsChosen', meeting, stepId: step.id, questionIds: chosen });
    }
  };
  return (
    <fieldset className="question-choice">
      <legend>{t.meeting.settings.questionsLegend(title)}</legend>
      {step.questionIds.map((id) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            checked={step.shownQuestionIds.includes(id)}
            onChange={(e) => toggle(id, e.target.checked)}
          />
          <span>{t.agenda.questions[id]}</span>
        </label>
      ))}
      <FieldError message={needOne ? t.agenda.problems.questionsNeeded : null} />
    </fieldset>
  );
}
