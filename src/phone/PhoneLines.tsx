import { useId, useState, type FormEvent } from 'react';
import { MAX_VIEW_TEXT, type RoomView } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import type { PhoneRoom, PhoneState } from './phoneRoom';

interface Props {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  kind: 'strength' | 'wish';
  t: PhoneTexts;
}

/** Groups to choose from when the leader's app does not know how many there are. */
const FALLBACK_GROUPS = 12;

/** The scribe's form for the group's strengths or wishes, and the group's list so far. */
export function PhoneLines({ room, state, view, kind, t }: Props) {
  const [text, setText] = useState('');
  const id = useId();
  const groups = view.step?.groups ?? FALLBACK_GROUPS;
  const group = state.group !== null && state.group <= groups ? state.group : null;
  const mine = view.lines.filter((line) => line.group === group);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (group === null || text.trim() === '') return;
    void room.addLine(kind, text);
    setText('');
  };

  return (
    <section className="ph-card" aria-labelledby={`${id}-list`}>
      <div className="ph-field">
        <label htmlFor={`${id}-group`}>{t.group}</label>
        <select
          id={`${id}-group`}
          className="ph-select"
          value={group ?? ''}
          onChange={(e) => room.chooseGroup(Number(e.target.value))}
          aria-describedby={`${id}-group-hint`}
        >
          <option value="" disabled>
            {t.noGroup}
          </option>
          {Array.from({ length: groups }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
        <small id={`${id}-group-hint`}>{t.groupHint}</small>
      </div>
      <form className="ph-form" onSubmit={submit}>
        <div className="ph-field">
          <label htmlFor={`${id}-text`}>{kind === 'wish' ? t.wishLabel : t.strengthLabel}</label>
          <textarea
            id={`${id}-text`}
            className="ph-text"
            rows={3}
            maxLength={MAX_VIEW_TEXT}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-limit`}
            disabled={group === null}
          />
          <small id={`${id}-limit`}>
            {group === null ? t.chooseGroupFirst : t.limit(MAX_VIEW_TEXT)}
          </small>
        </div>
        <button type="submit" className="ph-button" disabled={group === null || text.trim() === ''}>
          {t.add}
        </button>
      </form>
      {state.unsent ? <p className="ph-pending">{t.sending}</p> : null}
      {group !== null ? (
        <>
          <h3 id={`${id}-list`}>{t.groupList(group)}</h3>
          {mine.length === 0 ? (
            <p className="ph-empty">{t.emptyList}</p>
          ) : (
            <ul className="ph-lines">
              {mine.map((line, i) => (
                <li key={i}>{line.text}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <h3 id={`${id}-list`} className="ph-hidden">
          {t.noGroup}
        </h3>
      )}
    </section>
  );
}
