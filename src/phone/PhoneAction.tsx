import { useId, useState } from 'react';
import { PROPOSAL_HEADINGS, type ProposalHeading } from '../domain/plan/meeting2Rules';
import type { RoomView } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import type { PhoneMeeting2Texts } from './PhoneMeeting2';
import { PhoneProposalForm } from './PhoneProposalForm';
import type { PhoneRoom, PhoneState } from './phoneRoom';

interface Props {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  t: PhoneTexts;
  m: PhoneMeeting2Texts;
}

/**
 * Meeting 2, step 2: the wish this person burns most for (one, to change while the step lasts),
 * and the wish group's proposals under the three headings.
 */
export function PhoneAction({ room, state, view, t, m }: Props) {
  const id = useId();
  const [heading, setHeading] = useState<ProposalHeading>('we');
  const wish = view.wishes.find((w) => w.id === state.interest) ?? null;
  const proposals = wish ? view.proposals.filter((p) => p.wishId === wish.id) : [];

  return (
    <>
      <section className="ph-card" aria-labelledby={`${id}-burn`}>
        <h3 id={`${id}-burn`}>{m.burnFor}</h3>
        <p className="ph-hint">{m.burnHint}</p>
        {view.wishes.length === 0 ? <p className="ph-empty">{m.noPrioritised}</p> : null}
        <ul className="ph-wishes">
          {view.wishes.map((w) => {
            const on = w.id === state.interest;
            return (
              <li key={w.id} className={`ph-wish${on ? ' has-marks' : ''}`}>
                <p className="ph-wish-text">{w.text}</p>
                <div className="ph-wish-actions">
                  <button
                    type="button"
                    className={`ph-button ph-choice${on ? '' : ' ph-take'}`}
                    aria-pressed={on}
                    onClick={() => void room.chooseInterest(on ? null : w.id)}
                    aria-label={`${m.burnFor}: ${w.text}`}
                  >
                    {on ? m.chosenWish : m.chooseWish}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        {state.unsent ? <p className="ph-pending">{t.sending}</p> : null}
      </section>
      <section className="ph-card" aria-labelledby={`${id}-proposals`}>
        <h3 id={`${id}-proposals`}>{wish ? m.proposalsFor(wish.text) : m.proposalLabel}</h3>
        {wish ? (
          <>
            <PhoneProposalForm
              id={id}
              label={m.proposalLabel}
              t={t}
              onAdd={(text) => void room.addProposal(wish.id, text, heading)}
            >
              <fieldset className="ph-field ph-headings">
                <legend>{m.heading}</legend>
                {PROPOSAL_HEADINGS.map((h) => (
                  <label key={h} className="ph-radio">
                    <input
                      type="radio"
                      name={`${id}-heading`}
                      value={h}
                      checked={heading === h}
                      onChange={() => setHeading(h)}
                    />
                    <span>{m.headings[h]}</span>
                  </label>
                ))}
              </fieldset>
            </PhoneProposalForm>
            {PROPOSAL_HEADINGS.map((h) => {
              const under = proposals.filter((p) => p.heading === h);
              return (
                <div key={h}>
                  <h4>{m.headings[h]}</h4>
                  {under.length === 0 ? (
                    <p className="ph-empty">{t.emptyList}</p>
                  ) : (
                    <ul className="ph-lines">
                      {under.map((p, i) => (
                        <li key={i}>{p.text}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </>
        ) : (
          <p className="ph-empty">{m.chooseFirst}</p>
        )}
      </section>
    </>
  );
}
