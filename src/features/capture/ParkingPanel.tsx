import { useId, useRef, useState, type FormEvent } from 'react';
import { useUndo } from '../../components/useUndo';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { ParkingItem } from '../../domain/parking/parking';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { CaptureItem } from './CaptureItem';
import { lineProblem } from './captureText';
import { parkedWhere } from './parkingPlace';
import { useCurrentProcess } from '../common/ProcessContext';
import './capture.css';
import { FieldError } from '../../components/FieldError';

const byTime = (a: ParkingItem, b: ParkingItem) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt);

/** The meeting leader's parking lot: park a topic with text + Enter, see, edit and remove. */
export function ParkingPanel({
  meeting,
  stepId,
  headingLevel = 2,
}: {
  meeting: MeetingKey;
  stepId: string | null;
  /** 3 inside a section that has its own heading (the meeting's capture box). */
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 3 ? 'h3' : 'h2';
  const { process, commit } = useCurrentProcess();
  const dictionary = useT();
  const t = dictionary.capture;
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const undo = useUndo(() => inputRef.current?.focus());
  const inputRef = useRef<HTMLInputElement>(null);
  const items = [...process.parking.items].sort(byTime);
  const shownError = error ?? (draft.trim() ? lineProblem(t, draft) : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = lineProblem(t, draft);
    if (problem) return setError(problem);
    const reason = commit({
      type: 'itemParked',
      itemId: clock.newId(),
      text: draft,
      meeting,
      ...(stepId ? { stepId } : {}),
      at: clock.now().toISOString(),
    });
    if (reason) return setError(reason);
    setDraft('');
    setError(null);
    setAnnouncement(t.parking.parked);
    inputRef.current?.focus();
  }

  function remove(item: ParkingItem): string | null {
    const reason = commit({ type: 'parkedItemRemoved', itemId: item.id });
    if (reason) return reason;
    undo.offer({
      message: t.parking.removed(item.text),
      run: () => {
        commit({
          type: 'itemParked',
          itemId: item.id,
          text: item.text,
          meeting: item.meeting,
          ...(item.stepId !== undefined ? { stepId: item.stepId } : {}),
          at: item.createdAt,
        });
        if (item.status !== 'open' || item.note !== '') {
          commit({
            type: 'parkedItemTriaged',
            itemId: item.id,
            status: item.status,
            note: item.note,
          });
        }
      },
    });
    inputRef.current?.focus();
    return null;
  }

  return (
    <section
      className="capture parking-panel"
      aria-labelledby={`${id}-title`}
      data-testid="parking-panel"
    >
      <H id={`${id}-title`}>{t.parking.title}</H>
      <p className="capture-intro">{t.parking.intro}</p>
      <form className="capture-entry" onSubmit={submit} noValidate>
        <div className="field capture-line-field">
          <label htmlFor={`${id}-line`}>{t.parking.inputLabel}</label>
          <input
            ref={inputRef}
            id={`${id}-line`}
            value={draft}
            autoComplete="off"
            aria-invalid={shownError ? true : undefined}
            aria-describedby={shownError ? `${id}-error` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
          />
          <FieldError id={`${id}-error`} message={shownError} />
        </div>
        <button type="submit" className="button primary capture-submit">
          {dictionary.common.actions.add}
        </button>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="empty">{t.parking.empty}</p>
      ) : (
        <>
          <p className="capture-groups-note">{t.parking.count(items.length)}</p>
          <ol className="capture-list">
            {items.map((item) => (
              <CaptureItem
                key={item.id}
                line={{ id: item.id, text: item.text, group: 1, createdAt: item.createdAt }}
                groupCount={null}
                place={parkedWhere(dictionary, process, item)}
                editLabel={t.parking.editOf(item.text)}
                removeLabel={t.parking.removeOf(item.text)}
                onEdit={(text) => {
                  const reason = commit({ type: 'parkedItemEdited', itemId: item.id, text });
                  return reason ? reason : null;
                }}
                onRemove={() => remove(item)}
              />
            ))}
          </ol>
        </>
      )}
      {undo.bar}
    </section>
  );
}
