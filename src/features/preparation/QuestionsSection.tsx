import { LIMITS } from '../../domain/limits';
import { PREPARATION_QUESTION_IDS } from '../../domain/preparation/preparation';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';

export function QuestionsSection() {
  const { process, commit } = useCurrentProcess();
  const t = useT().preparation.questions;
  const tooLong = useT().common.validation.tooLong;
  return (
    <section aria-labelledby="questions-title" className="card">
      <h2 id="questions-title">{t.heading}</h2>
      <p className="field-hint">{t.hint}</p>
      {PREPARATION_QUESTION_IDS.map((question) => (
        <TextField
          draftField={`question:${question}`}
          key={question}
          multiline
          label={t.items[question]}
          value={process.preparation.answers[question]}
          validate={(d) => (d.length > LIMITS.longText ? tooLong(LIMITS.longText) : null)}
          onCommit={(text) => commit({ type: 'preparationAnswered', question, text })}
        />
      ))}
    </section>
  );
}
