import { useEffect, useId, useRef, useState } from 'react';
import {
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeStatus,
} from '../../domain/plan/handleplan';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { StatusControl } from '../common/StatusControl';

/** Initiatives in columns by status, each with its status control, and the log of changes. */
export function StatusBoard() {
  const { process } = useCurrentProcess();
  const t = useT().plan;
  const formatDate = useFormatDate();
  const logId = useId();
  const { initiatives } = process.plan;
  const log = [...process.followUp.statusLog].reverse();
  const titleOf = (id: string) => initiatives.find((i) => i.id === id)?.title ?? '';
  const boardRef = useRef<HTMLDivElement>(null);
  const [saved, setSaved] = useState<{ id: string; text: string } | null>(null);
  const onSaved = (initiative: Initiative, status: InitiativeStatus) =>
    setSaved({
      id: initiative.id,
      text: t.status.savedFor(initiative.title, t.status.labels[status]),
    });
  // A saved card moves to another column (a new control): keep the keyboard user on it.
  useEffect(() => {
    if (!saved) return;
    boardRef.current
      ?.querySelector<HTMLElement>(`[data-card="${CSS.escape(saved.id)}"] select`)
      ?.focus();
  }, [saved]);
  return (
    <>
      <section className="card" aria-labelledby="followup-board">
        <h2 id="followup-board">{t.followup.board.heading}</h2>
        <p role="status" className="field-hint">
          {saved?.text ?? ''}
        </p>
        <div className="status-board" ref={boardRef}>
          {INITIATIVE_STATUSES.map((status) => {
            const here = initiatives.filter((i) => i.status === status);
            return (
              <section
                key={status}
                className={`status-column status-${status}`}
                aria-label={t.status.labels[status]}
              >
                <h3>
                  {t.status.labels[status]} ({here.length})
                </h3>
                {here.length === 0 ? <p className="empty">{t.followup.board.empty}</p> : null}
                {here.map((i) => (
                  <div key={i.id} className="status-card" data-card={i.id}>
                    <p className="status-title">{i.title}</p>
                    {i.statusNote ? <p className="field-hint">{i.statusNote}</p> : null}
                    <StatusControl initiative={i} onSaved={onSaved} />
                  </div>
                ))}
              </section>
            );
          })}
        </div>
      </section>
      <section className="card" aria-labelledby={logId}>
        <h2 id={logId}>{t.followup.log.heading}</h2>
        {log.length === 0 ? (
          <p className="empty">{t.followup.log.empty}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.followup.log.when}</th>
                <th scope="col">{t.followup.log.initiative}</th>
                <th scope="col">{t.followup.log.status}</th>
                <th scope="col">{t.followup.log.note}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(new Date(entry.at), 'd. MMM yyyy HH:mm')}</td>
                  <td>{titleOf(entry.initiativeId)}</td>
                  <td>{t.status.labels[entry.status]}</td>
                  <td>{entry.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
