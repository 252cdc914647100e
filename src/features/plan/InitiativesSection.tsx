import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../process/ProcessContext';
import { focusKey } from './focusField';
import { InitiativeEditor } from './InitiativeEditor';

export function InitiativesSection() {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.initiatives;
  const [draft, setDraft] = useState('');
  const newId = useId();
  const initiatives = process.plan.initiatives;
  const add = () => {
    if (draft.trim() === '') return;
    record({ type: 'initiativeAdded', id: clock.newId(), fields: { title: draft } });
    setDraft('');
  };
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
      <div className="inline-form card" data-focus={focusKey('plan', 'noInitiatives')}>
        <div className="field">
          <label htmlFor={newId}>{t.newTitle}</label>
          <input
            id={newId}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
        </div>
        <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
          {t.add}
        </button>
      </div>
    </section>
  );
}
