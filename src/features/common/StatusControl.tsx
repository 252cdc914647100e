import { useId, useState } from 'react';
import {
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeStatus,
} from '../../domain/plan/handleplan';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from './ProcessContext';

/** Changes an initiative's status with a note (a note is required to drop it); every change is logged. */
export function StatusControl({
  initiative,
  onSaved,
}: {
  initiative: Initiative;
  /**
   * Told after a change is recorded, when the control may move (to another column) and
   * so cannot show the confirmation itself; without it the control confirms in place.
   */
  onSaved?: (initiative: Initiative, status: InitiativeStatus) => void;
}) {
  const { commit } = useCurrentProcess();
  const t = useT().plan.status;
  const [status, setStatus] = useState<InitiativeStatus>(initiative.status);
  const [note, setNote] = useState(initiative.statusNote);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const selectId = useId();
  const noteId = useId();
  const msgId = useId();
  const save = () => {
    const event = {
      type: 'statusUpdated' as const,
      id: clock.newId(),
      initiativeId: initiative.id,
      status,
      note,
      at: clock.now().toISOString(),
    };
    const refused = commit(event);
    if (refused) {
      setMessage({ error: true, text: refused });
      return;
    }
    if (onSaved) onSaved(initiative, status);
    else setMessage({ error: false, text: t.savedFor(initiative.title, t.labels[status]) });
  };
  return (
    <div className="status-control" role="group" aria-label={t.change(initiative.title)}>
      <div className="field">
        <label htmlFor={selectId}>{useT().plan.initiatives.fields.status}</label>
        <select
          id={selectId}
          value={status}
          onChange={(e) => setStatus(e.target.value as InitiativeStatus)}
        >
          {INITIATIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.labels[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={noteId}>{status === 'dropped' ? t.noteDropped : t.note}</label>
        <input
          id={noteId}
          value={note}
          aria-describedby={message ? msgId : undefined}
          aria-invalid={message?.error || undefined}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
      </div>
      <button type="button" className="button" onClick={save}>
        {t.save}
      </button>
      {message ? (
        <p
          id={msgId}
          className={message.error ? 'field-error' : 'field-hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
