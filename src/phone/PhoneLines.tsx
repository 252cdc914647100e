import { useId, useState, type FormEvent } from 'react';
import { MAX_VIEW_TEXT, type RoomView } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import { groupOf, PhoneGroup } from './PhoneGroup';
import type { PhoneRoom, PhoneState } from './phoneRoom';

interface Props {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  kind: 'strength' | 'wish';
  t: PhoneTexts;
}

/** The scribe's form for the group's strengths or wishes, and the group's list so far. */
export function PhoneLines({ room, state, view, kind, t }: Props) {
  const [text, setText] = useState('');
  const id = useId();
  const { group } = groupOf(state, view);
  const mine = view.lines.filter((line) => line.group === group);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (group === null || text.trim() === '') return;
    void room.addLine(kind, text);
    setText('');
  };

  return (
    <section className="ph-card" aria-labelledby={`${id}-list`}>
      <PhoneGroup room={room} state={state} view={view} id={id} t={t} />
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
