import { useId, useState } from 'react';
import { joinOf, type Proposal } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { JoinList } from './JoinList';
import { originLabel } from './originLabel';
import { useMeeting2 } from '../common/useMeeting2';
import { wishTextById } from '../common/wishOptions';
import { FieldError } from '../../components/FieldError';

/** Step 3: join proposals from several groups into one, and the joins made so far. */
export function JoinStep() {
  const { process, meeting2, send } = useMeeting2();
  const t = useT().plan.meeting2;
  const texts = wishTextById(process.wishes);
  const [picked, setPicked] = useState<string[]>([]);
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const themeId = useId();
  const textId = useId();
  const free = meeting2.proposals.filter((p) => !joinOf(meeting2, p.id));
  const stillPicked = picked.filter((id) => free.some((p) => p.id === id));
  const byWish = groupByWish(free);
  const join = () => {
    if (stillPicked.length < 2) {
      setError(t.joinNeedsTwo);
      return;
    }
    const problem = send({
      type: 'proposalsJoined',
      id: clock.newId(),
      theme,
      text,
      proposalIds: stillPicked,
    });
    setError(problem);
    if (!problem) {
      setPicked([]);
      setTheme('');
      setText('');
    }
  };
  return (
    <>
      <p className="field-hint">{t.joinIntro}</p>
      {meeting2.proposals.length === 0 ? <p className="empty">{t.noProposals}</p> : null}
      {[...byWish].map(([wishId, proposals]) => (
        <fieldset key={wishId} className="m2-group">
          <legend>{texts.get(wishId) ?? ''}</legend>
          <ul className="plain-list">
            {proposals.map((p) => (
              <li key={p.id}>
                <label className="m2-check">
                  <input
                    type="checkbox"
                    checked={stillPicked.includes(p.id)}
                    onChange={(e) =>
                      setPicked(
                        e.target.checked
                          ? [...stillPicked, p.id]
                          : stillPicked.filter((id) => id !== p.id),
                      )
                    }
                  />
                  {p.text} <span className="m2-origin">({originLabel(p, t)})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {free.length >= 2 ? (
        <div className="m2-join-form">
          <div className="field">
            <label htmlFor={themeId}>{t.joinTheme}</label>
            <input id={themeId} value={theme} onChange={(e) => setTheme(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={textId}>{t.joinText}</label>
            <input id={textId} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <button type="button" className="button" onClick={join}>
            {t.joinButton}
          </button>
          <FieldError message={error} />
        </div>
      ) : null}
      {meeting2.joins.length > 0 ? <JoinList meeting2={meeting2} /> : null}
    </>
  );
}

function groupByWish(proposals: Proposal[]): Map<string, Proposal[]> {
  const map = new Map<string, Proposal[]>();
  for (const p of proposals) map.set(p.wishId, [...(map.get(p.wishId) ?? []), p]);
  return map;
}
