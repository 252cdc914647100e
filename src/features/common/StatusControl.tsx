import { useEffect, useId, useRef, useState } from 'react';
import {
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeStatus,
} from '../../domain/plan/handleplan';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from './ProcessContext';

/**
 * Changes an initiative's status with a note (a note is required to drop it); every change is
 * logged. It saves itself like every other field; the button saves the same status again.
 */
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
  const saved = useRef({ status: initiative.status, note: initiative.statusNote });
  /** Saves like every other field: on a new choice, and when the note is left or Enter pressed. */
  const save = (nextStatus: InitiativeStatus, nextNote: string, always = false) => {
    // Against what this control last saved: a moved card's old control must not save again.
    const unchanged =
      nextStatus === saved.current.status && nextNote.trim() === saved.current.note.trim();
    if (unchanged && !always) return;
    const event = {
      type: 'statusUpdated' as const,
      id: clock.newId(),
      initiativeId: initiative.id,
      status: nextStatus,
      note: nextNote,
      at: clock.now().toISOString(),
    };
    const refused = commit(event);
    if (refused) {
      setMessage({ error: true, text: refused });
      return;
    }
    saved.current = { status: nextStatus, note: nextNote };
    if (onSaved) onSaved(initiative, nextStatus);
    else setMessage({ error: false, text: t.savedFor(initiative.title, t.labels[nextStatus]) });
  };
  // A choice not yet saved is saved when the page is left or hidden, never silently lost.
  const pending = useRef(() => {});
  useEffect(() => {
    pending.current = () => save(status, note);
  });
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') pending.current();
    };
    const leave = () => pending.current();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);
  return (
    <div
      className="status-control"
      role="group"
      aria-label={t.change(initiative.title)}
      onBlur={(e) => {
        // Leaving the control saves what was chosen, as every other field saves on blur.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save(status, note);
      }}
    >
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
            if (e.key === 'Enter') save(status, note);
          }}
        />
      </div>
      <button type="button" className="button" onClick={() => save(status, note, true)}>
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
