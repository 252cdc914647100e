import { useId } from 'react';
import { MAX_WISHES_PER_GROUP, PROPOSALS_PER_GROUP } from '../domain/plan/meeting2Rules';
import type { RoomView, ViewWish } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import type { PhoneMeeting2Texts } from './PhoneMeeting2';
import { groupOf, PhoneGroup } from './PhoneGroup';
import { PhoneProposalForm } from './PhoneProposalForm';
import type { PhoneRoom, PhoneState } from './phoneRoom';

interface Props {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  t: PhoneTexts;
  m: PhoneMeeting2Texts;
}

/** Meeting 2, step 1: the group's scribe chooses the group's wish and writes its 3 proposals. */
export function PhonePriority({ room, state, view, t, m }: Props) {
  const id = useId();
  const { group } = groupOf(state, view);
  const chosen = view.choices.find((c) => c.group === group)?.wishIds ?? [];
  const mine = view.proposals.filter((p) => p.group !== null && p.group === group);
  const written = (wishId: string) => mine.filter((p) => p.wishId === wishId);
  const textOf = (wishId: string) => view.wishes.find((w) => w.id === wishId)?.text ?? '';

  /** A new wish takes the place of the oldest one without proposals, when two are chosen. */
  const toggle = (wish: ViewWish) => {
    const next = chosen.includes(wish.id)
      ? chosen.filter((w) => w !== wish.id)
      : [...chosen, wish.id];
    if (next.length > MAX_WISHES_PER_GROUP) {
      const free = next.findIndex((w) => written(w).length === 0);
      if (free < 0 || next[free] === wish.id) return;
      next.splice(free, 1);
    }
    void room.chooseWishes(next);
  };

  return (
    <section className="ph-card" aria-labelledby={`${id}-title`}>
      <PhoneGroup room={room} state={state} view={view} id={id} t={t} />
      <h3 id={`${id}-title`}>{group === null ? m.groupWish : m.groupWishes(group)}</h3>
      {group === null ? <p className="ph-empty">{t.chooseGroupFirst}</p> : null}
      {group !== null && chosen.length === 0 ? <p className="ph-empty">{m.noChoiceYet}</p> : null}
      {group !== null
        ? chosen.map((wishId) => {
            const proposals = written(wishId);
            return (
              <div key={wishId} className="ph-chosen">
                <h4 className="ph-chosen-wish">{textOf(wishId)}</h4>
                <p className="ph-hint">{m.proposalCount(proposals.length, PROPOSALS_PER_GROUP)}</p>
                {proposals.length > 0 ? (
                  <ul className="ph-lines">
                    {proposals.map((p, i) => (
                      <li key={i}>{p.text}</li>
                    ))}
                  </ul>
                ) : null}
                {proposals.length < PROPOSALS_PER_GROUP ? (
                  <PhoneProposalForm
                    id={`${id}-${wishId}`}
                    label={m.proposalLabel}
                    t={t}
                    onAdd={(text) => void room.addProposal(wishId, text)}
                  />
                ) : (
                  <p className="ph-hint">{m.allProposals}</p>
                )}
              </div>
            );
          })
        : null}
      {state.unsent ? <p className="ph-pending">{t.sending}</p> : null}
      {group !== null ? (
        <details className="ph-choose" open={chosen.length === 0}>
          <summary>{chosen.length === 0 ? m.pickWishes : m.otherWishes}</summary>
          <p className="ph-hint">{m.chooseHint}</p>
          <ul className="ph-wishes">
            {view.wishes.map((wish) => {
              const on = chosen.includes(wish.id);
              const locked = on && written(wish.id).length > 0;
              return (
                <li key={wish.id} className={`ph-wish${on ? ' has-marks' : ''}`}>
                  <p className="ph-wish-text">{wish.text}</p>
                  <div className="ph-wish-actions">
                    <button
                      type="button"
                      className={`ph-button ph-choice${on ? '' : ' ph-take'}`}
                      aria-pressed={on}
                      disabled={locked}
                      onClick={() => toggle(wish)}
                      aria-label={`${m.chooseWish}: ${wish.text}`}
                    >
                      {on ? m.chosenWish : m.chooseWish}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          {chosen.some((w) => written(w).length > 0) ? (
            <p className="ph-hint">{m.lockedHint}</p>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}
