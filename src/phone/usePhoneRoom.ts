import { useEffect, useState, useSyncExternalStore } from 'react';
import { readPhoneLink } from './phoneLink';
import { PhoneRoom, type PhoneState } from './phoneRoom';

const nothing = () => () => undefined;

/** The room in the page's link, connected once; null while the link is not one. */
export function usePhoneRoom(): { room: PhoneRoom | null; state: PhoneState | null } {
  const [room] = useState(() => {
    const link = readPhoneLink(window.location.hash);
    return link ? new PhoneRoom(link) : null;
  });
  const state = useSyncExternalStore(room?.subscribe ?? nothing, () => room?.current ?? null);
  useEffect(() => {
    if (!room) return;
    const url = new URL('../../sync', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.hash = '';
    room.connect(url.toString());
  }, [room]);
  return { room, state };
}
