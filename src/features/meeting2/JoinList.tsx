import { useId } from 'react';
import { TextField } from '../../components/TextField';
import type { Meeting2 } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { originLabel } from './originLabel';
import { SubHeadingTitle } from './SubHeading';
import { useMeeting2 } from '../common/useMeeting2';

export function JoinList({ meeting2 }: { meeting2: Meeting2 }) {
  const { send } = useMeeting2();
  const t = useT().plan.meeting2;
  const titleId = useId();
  const byId = new Map(meeting2.proposals.map((p) => [p.id, p]));
  return (
    <div role="group" aria-labelledby={titleId}>
      <SubHeadingTitle id={titleId}>{t.joins}</SubHeadingTitle>
      {meeting2.joins.map((join) => (
        <div key={join.id} className="m2-join">
          <div className="grid-2">
            <TextField
              draftField={`join:${join.id}:theme`}
              label={t.joinTheme}
              value={join.theme}
              onCommit={(theme) =>
                send({ type: 'joinChanged', id: join.id, theme, text: join.text })
              }
            />
            <TextField
              draftField={`join:${join.id}:text`}
              label={t.joinText}
              value={join.text}
              onCommit={(text) =>
                send({ type: 'joinChanged', id: join.id, theme: join.theme, text })
              }
            />
          </div>
          <p className="m2-originals-title">{t.joinOriginals}</p>
          <ul>
            {join.proposalIds.map((id) => {
              const p = byId.get(id);
              return p ? (
                <li key={id}>
                  {p.text} <span className="m2-origin">({originLabel(p, t)})</span>
                </li>
              ) : null;
            })}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => send({ type: 'joinUndone', id: join.id })}
          >
            {t.undoJoin}
          </button>
        </div>
      ))}
    </div>
  );
}
