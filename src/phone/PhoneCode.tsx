import { useId, useState, type FormEvent } from 'react';
import { ROOM_CODE_LENGTH, readRoomCode } from '../domain/room/roomCode';
import type { PhoneTexts } from './PhoneApp';

/**
 * The way in for those who typed the short address: the room's code from the projector.
 * A code that reads puts it in the page's fragment, which opens the room (and keeps it there
 * on a reload).
 */
export function PhoneCode({ t, bad }: { t: PhoneTexts; bad: boolean }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = readRoomCode(typed);
    setWrong(!code);
    if (code) window.location.hash = code;
  };
  return (
    <section className="ph-card">
      {bad ? <p className="ph-notice ph-problem">{t.badLink}</p> : null}
      <form className="ph-form" onSubmit={submit} noValidate>
        <div className="ph-field">
          <label htmlFor={`${id}-code`}>{t.codeLabel}</label>
          <input
            id={`${id}-code`}
            className="ph-text ph-code"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={ROOM_CODE_LENGTH + 6}
            aria-invalid={wrong}
            aria-describedby={`${id}-hint`}
          />
          <small id={`${id}-hint`} className={wrong ? 'ph-problem' : undefined}>
            {wrong ? t.codeWrong(ROOM_CODE_LENGTH) : t.codeHint}
          </small>
        </div>
        <button type="submit" className="ph-button" disabled={typed.trim() === ''}>
          {t.codeJoin}
        </button>
      </form>
    </section>
  );
}
