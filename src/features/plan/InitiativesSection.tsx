import { useState } from 'react';
import { AddItemForm } from '../../components/AddItemForm';
import type { Initiative } from '../../domain/plan/handleplan';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { FOCUS_OWNER_ATTR, focusKey } from './focusField';
import { InitiativeEditor } from './InitiativeEditor';

/** Above this many initiatives each shows closed, and its editor is built when it is opened. */
export const OPEN_INITIATIVES = 12;

export function InitiativesSection() {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.initiatives;
  const initiatives = process.plan.initiatives;
  return (
    <section aria-labelledby="plan-initiatives" className="initiatives">
      <h2 id="plan-initiatives">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {initiatives.length === 0 ? <p className="empty">{t.empty}</p> : null}
      {initiatives.map((initiative, index) =>
        initiatives.length > OPEN_INITIATIVES ? (
          <FoldedInitiative
            key={initiative.id}
            initiative={initiative}
            index={index}
            count={initiatives.length}
          />
        ) : (
          <InitiativeEditor
            key={initiative.id}
            initiative={initiative}
            index={index}
            count={initiatives.length}
          />
        ),
      )}
      <AddItemForm
        draftField="initiatives:new"
        className="card"
        dataFocus={focusKey('plan', 'noInitiatives')}
        label={t.newTitle}
        buttonLabel={t.add}
        onAdd={(title) => record({ type: 'initiativeAdded', id: clock.newId(), fields: { title } })}
      />
    </section>
  );
}

/** One of many initiatives: its number, title and status, and its editor once opened. */
function FoldedInitiative(props: { initiative: Initiative; index: number; count: number }) {
  const t = useT().plan;
  const [open, setOpen] = useState(false);
  const { initiative, index } = props;
  return (
    <details
      className="card initiative-folded"
      {...{ [FOCUS_OWNER_ATTR]: initiative.id }}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t.initiatives.heading1(index + 1, initiative.title)} ({t.status.labels[initiative.status]})
      </summary>
      {open ? <InitiativeEditor {...props} /> : null}
    </details>
  );
}
