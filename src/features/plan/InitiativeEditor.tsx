import { parseISO } from 'date-fns';
import { useId, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/TextField';
import { LIMITS } from '../../domain/limits';
import {
  PRIORITIES,
  type Initiative,
  type InitiativeFields,
  type Priority,
} from '../../domain/plan/handleplan';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { StatusControl } from '../common/StatusControl';
import { useCurrentProcess } from '../common/ProcessContext';
import { focusKey } from './focusField';
import { SourcePicker } from './SourcePicker';
import { TracePanel } from './TracePanel';
import { FieldError } from '../../components/FieldError';

type TextKey = 'title' | 'how' | 'responsible' | 'participants' | 'success' | 'followUpMethod';
/** The fields the plan keeps as short texts (LIMITS.shortText); the rest are long. */
const SHORT_TEXTS: ReadonlySet<TextKey> = new Set(['title', 'responsible', 'participants']);
type ProblemKey = keyof InitiativeFields['problem'];

/** Marks a field as the place to fix a completeness gap. */
function Spot({ id, gap, children }: { id: string; gap: string; children: ReactNode }) {
  return <div data-focus={focusKey(id, gap)}>{children}</div>;
}

/** Every field of one initiative; refused edits stay in the field with a message. */
export function InitiativeEditor({
  initiative,
  index,
  count,
}: {
  initiative: Initiative;
  index: number;
  count: number;
}) {
  const { record, commit } = useCurrentProcess();
  const t = useT().plan.initiatives;
  const f = t.fields;
  const formatDate = useFormatDate();
  const titleId = useId();
  const priorityId = useId();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const i = initiative;
  /** Saves an edit; a refused one stays in its field with the reason. */
  const change = (changes: Partial<InitiativeFields>) =>
    commit({ type: 'initiativeChanged', id: i.id, changes });
  const text = (key: TextKey, multiline = false) => (
    <Spot id={i.id} gap={key}>
      <TextField
        draftField={`initiative:${i.id}:${key}`}
        label={f[key]}
        value={i[key]}
        multiline={multiline}
        limit={SHORT_TEXTS.has(key) ? LIMITS.shortText : LIMITS.longText}
        onCommit={(v) => change({ [key]: v })}
      />
    </Spot>
  );
  const problemField = (key: ProblemKey) => (
    <Spot id={i.id} gap={key}>
      <TextField
        draftField={`initiative:${i.id}:problem.${key}`}
        label={f[key]}
        value={i.problem[key]}
        multiline
        onCommit={(v) => change({ problem: { ...i.problem, [key]: v } })}
      />
    </Spot>
  );
  const dateField = (key: 'start' | 'deadline') => (
    <Spot id={i.id} gap={key}>
      <TextField
        draftField={`initiative:${i.id}:${key}`}
        type="date"
        label={f[key]}
        value={i[key]}
        onCommit={(v) => change({ [key]: v })}
      />
    </Spot>
  );
  const title = i.title;
  return (
    <article className="card initiative" aria-labelledby={titleId}>
      <div className="initiative-head">
        <h3 id={titleId}>{t.heading1(index + 1, title)}</h3>
        <div className="row-actions">
          <button
            type="button"
            className="button"
            aria-label={t.moveUp(title)}
            disabled={index === 0}
            onClick={() => record({ type: 'initiativeMoved', id: i.id, toIndex: index - 1 })}
          >
            ↑ {t.up}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t.moveDown(title)}
            disabled={index === count - 1}
            onClick={() => record({ type: 'initiativeMoved', id: i.id, toIndex: index + 1 })}
          >
            ↓ {t.down}
          </button>
          <button type="button" className="button danger" onClick={() => setConfirmRemove(true)}>
            {t.remove}
          </button>
        </div>
      </div>
      <TracePanel initiative={i} />
      <SourcePicker initiative={i} />
      <div className="grid-2">
        {text('title')}
        <div className="field">
          <label htmlFor={priorityId}>{f.priority}</label>
          <select
            id={priorityId}
            value={i.priority}
            onChange={(e) => change({ priority: e.target.value as Priority })}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t.priorities[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {text('how', true)}
      <fieldset className="problem">
        <legend>{f.problemLegend}</legend>
        <div className="grid-2">
          {problemField('kind')}
          {problemField('severity')}
          {problemField('extent')}
          {problemField('causes')}
        </div>
      </fieldset>
      <div className="grid-2">
        {dateField('start')}
        {dateField('deadline')}
        {text('responsible')}
        {text('participants')}
      </div>
      {text('success', true)}
      <FollowUpDates initiative={i} formatDate={(d) => formatDate(parseISO(d), 'd. MMMM yyyy')} />
      {text('followUpMethod', true)}
      <StatusControl initiative={i} />
      <ConfirmDialog
        open={confirmRemove}
        title={t.confirmRemove(title)}
        onCancel={() => setConfirmRemove(false)}
        actions={[
          { label: useT().common.actions.cancel, onClick: () => setConfirmRemove(false) },
          {
            label: t.remove,
            tone: 'danger',
            onClick: () => {
              setConfirmRemove(false);
              record({ type: 'initiativeRemoved', id: i.id });
            },
          },
        ]}
      >
        <p>{t.confirmRemoveBody}</p>
      </ConfirmDialog>
    </article>
  );
}

function FollowUpDates({
  initiative,
  formatDate,
}: {
  initiative: Initiative;
  formatDate: (date: string) => string;
}) {
  const { record, commit } = useCurrentProcess();
  const t = useT().plan.initiatives;
  const removeLabel = useT().common.actions.remove;
  const f = t.fields;
  const inputId = useId();
  const errorId = useId();
  const titleId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const i = initiative;
  const add = () => {
    if (draft === '') return;
    const followUpDates = [...i.followUpDates, draft];
    const refused = commit({ type: 'initiativeChanged', id: i.id, changes: { followUpDates } });
    setError(refused);
    if (!refused) setDraft('');
  };
  return (
    <div className="follow-up-dates" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="group-label">
        {f.followUpDates}
      </p>
      {i.followUpDates.length === 0 ? <p className="field-hint">{f.noFollowUps}</p> : null}
      <ul className="plain-list">
        {i.followUpDates.map((d) => (
          <li key={d} className="row">
            <span>{formatDate(d)}</span>
            <button
              type="button"
              className="button"
              aria-label={f.removeFollowUp(formatDate(d))}
              onClick={() =>
                record({
                  type: 'initiativeChanged',
                  id: i.id,
                  changes: { followUpDates: i.followUpDates.filter((x) => x !== d) },
                })
              }
            >
              {removeLabel}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form" data-focus={focusKey(i.id, 'followUp')}>
        <div className="field">
          <label htmlFor={inputId}>{f.newFollowUp}</label>
          <input
            id={inputId}
            type="date"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add();
            }}
          />
        </div>
        <button type="button" className="button" onClick={add}>
          {f.addFollowUp}
        </button>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
