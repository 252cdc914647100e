import { useEffect, useState, useSyncExternalStore } from 'react';
import { readFragment, type Fragment } from './phoneLink';
import { PhoneRoom, type PhoneState } from './phoneRoom';

const nothing = () => () => undefined;

/**
 * The room in the page's fragment — a full link, or a room code (typed here or in the link),
 * whose room, token and key are derived first — connected once; null while there is none.
 */
export function usePhoneRoom(): {
  room: PhoneRoom | null;
  state: PhoneState | null;
  fragment: Fragment['kind'];
} {
  const [fragment, setFragment] = useState(() => readFragment(window.location.hash));
  const [room, setRoom] = useState(() =>
    fragment.kind === 'link' ? new PhoneRoom(fragment.link) : null,
  );
  useEffect(() => {
    // A new fragment while a room is open is another room: start afresh with it.
    const changed = () =>
      room ? window.location.reload() : setFragment(readFragment(window.location.hash));
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, [room]);
  useEffect(() => {
    if (fragment.kind !== 'code' || room) return;
    let live = true;
    void import('../store/room/roomFromCode')
      .then(({ roomFromCode }) => roomFromCode(fragment.code))
      .then((secrets) => live && setRoom(new PhoneRoom(secrets)));
    return () => {
      live = false;
    };
  }, [fragment, room]);
  const state = useSyncExternalStore(room?.subscribe ?? nothing, () => room?.current ?? null);
  useEffect(() => {
    if (!room) return;
    const url = new URL('../../sync', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.hash = '';
    room.connect(url.toString());
  }, [room]);
  return { room, state, fragment: fragment.kind };
}
