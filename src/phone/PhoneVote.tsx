import { useState } from 'react';
import { MARK_SLOTS } from '../domain/room/entry';
import type { RoomView } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import type { PhoneRoom, PhoneState } from './phoneRoom';

interface Props {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  t: PhoneTexts;
}

/** The vote: three marks to place on the bruttoliste, own marks only, counts once shown. */
export function PhoneVote({ room, state, view, t }: Props) {
  const [full, setFull] = useState(false);
  const open = view.vote === 'open';
  const used = state.slots.filter((s) => s !== null).length;
  const give = async (wishId: string) => {
    setFull(!(await room.mark(wishId)));
  };
  const take = (wishId: string) => {
    setFull(false);
    void room.unmark(wishId);
  };

  return (
    <section className="ph-card" aria-labelledby="ph-vote">
      <h3 id="ph-vote">
        {open
          ? t.marksLeft(MARK_SLOTS - used)
          : view.vote === 'notYet'
            ? t.voteNotYet
            : t.voteClosed}
      </h3>
      <p className="ph-pending" role="status">
        {full ? t.noMarksLeft : state.unsent ? t.sending : ''}
      </p>
      {view.vote !== 'shown' ? <p className="ph-hint">{t.countsHidden}</p> : null}
      <ul className="ph-wishes">
        {view.wishes.map((wish) => {
          const mine = state.slots.filter((s) => s === wish.id).length;
          return (
            <li key={wish.id} className={`ph-wish${mine > 0 ? ' has-marks' : ''}`}>
              <p className="ph-wish-text">{wish.text}</p>
              <p className="ph-wish-marks">
                <span aria-hidden="true">{'●'.repeat(mine)}</span>
                <span>{t.yourMarks(mine)}</span>
                {wish.total !== null ? <strong>{t.total(wish.total)}</strong> : null}
              </p>
              {open ? (
                <div className="ph-wish-actions">
                  <button
                    type="button"
                    className="ph-button ph-take"
                    onClick={() => take(wish.id)}
                    disabled={mine === 0}
                    aria-label={`${t.takeMark}: ${wish.text}`}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    className="ph-button ph-give"
                    onClick={() => void give(wish.id)}
                    aria-label={`${t.giveMark}: ${wish.text}`}
                  >
                    +
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="ph-hint">{t.twoPhones}</p>
    </section>
  );
}
