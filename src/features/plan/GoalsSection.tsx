import { AddItemForm } from '../../components/AddItemForm';
import { TextField } from '../../components/TextField';
import { GOAL_CRITERIA, goalCriteriaMet } from '../../domain/plan/handleplan';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';

/** Overall goals, each with the goal checklist as guidance (never a gate). */
export function GoalsSection() {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().plan.goals;
  const required = useT().common.validation.required;
  return (
    <section className="card" aria-labelledby="plan-goals">
      <h2 id="plan-goals">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {process.plan.goals.length === 0 ? <p className="empty">{t.empty}</p> : null}
      {process.plan.goals.map((goal, n) => (
        <div key={goal.id} className="goal">
          <TextField
            draftField={`goal:${goal.id}`}
            label={t.goal(n + 1)}
            value={goal.text}
            multiline
            validate={(d) => (d.trim() === '' ? required : null)}
            onCommit={(text) => commit({ type: 'goalChanged', id: goal.id, text })}
          />
          <fieldset className="goal-checklist">
            <legend>
              {t.checklist(n + 1)} – {t.met(goalCriteriaMet(goal), GOAL_CRITERIA.length)}
            </legend>
            <ul className="plain-list">
              {GOAL_CRITERIA.map((c) => (
                <li key={c}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={goal.checklist[c]}
                      onChange={(e) =>
                        record({
                          type: 'goalCriterionChecked',
                          id: goal.id,
                          criterion: c,
                          checked: e.target.checked,
                        })
                      }
                    />
                    <span>{t.criteria[c]}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button
            type="button"
            className="button"
            onClick={() => record({ type: 'goalRemoved', id: goal.id })}
          >
            {t.remove(n + 1)}
          </button>
        </div>
      ))}
      <AddItemForm
        draftField="goals:new"
        label={t.newGoal}
        buttonLabel={t.add}
        onAdd={(text) => record({ type: 'goalAdded', id: clock.newId(), text })}
      />
    </section>
  );
}
