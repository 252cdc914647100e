import { methodSuitability, SERIOUS_PROBLEM_ANSWERS } from '../../domain/preparation/preparation';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';

/** Asks about serious, sensitive problems and says plainly when the method is less suited. */
export function SuitabilitySection() {
  const { process, record } = useCurrentProcess();
  const t = useT().preparation.suitability;
  const answer = process.preparation.seriousProblems;
  const suitability = methodSuitability(answer);
  return (
    <section aria-labelledby="suitability-title" className="card">
      <h2 id="suitability-title">{t.heading}</h2>
      <fieldset>
        <legend>{t.question}</legend>
        {SERIOUS_PROBLEM_ANSWERS.filter((a) => a !== 'unanswered').map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="serious-problems"
              checked={answer === option}
              onChange={() => record({ type: 'seriousProblemsAnswered', answer: option })}
            />
            {t.answers[option]}
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        {suitability === 'lessSuited' ? (
          <div className="message warning" data-testid="suitability-warning">
            <p>
              <strong>{t.lessSuited}</strong>
            </p>
            <ul>
              {t.alternatives.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {answer === 'unsure' ? <p className="message info">{t.unsure}</p> : null}
        {suitability === 'suited' ? <p className="message success">{t.suited}</p> : null}
      </div>
    </section>
  );
}
