import { AddItemForm } from '../../components/AddItemForm';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { focusKey } from './focusField';
import { InitiativeEditor } from './InitiativeEditor';

export function InitiativesSection() {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.initiatives;
  const initiatives = process.plan.initiatives;
  return (
    <section aria-labelledby="plan-initiatives" className="initiatives">
      <h2 id="plan-initiatives">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {initiatives.length === 0 ? <p className="empty">{t.empty}</p> : null}
      {initiatives.map((initiative, index) => (
        <InitiativeEditor
          key={initiative.id}
          initiative={initiative}
          index={index}
          count={initiatives.length}
        />
      ))}
      <AddItemForm
        className="card"
        dataFocus={focusKey('plan', 'noInitiatives')}
        label={t.newTitle}
        buttonLabel={t.add}
        onAdd={(title) => record({ type: 'initiativeAdded', id: clock.newId(), fields: { title } })}
      />
    </section>
  );
}
