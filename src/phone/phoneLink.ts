import { readRoomCode } from '../domain/room/roomCode';
import { fromBase64Url, KEY_BYTES } from '../store/share/codec';

export interface PhoneLink {
  room: string;
  token: string;
  key: Uint8Array;
}

/** The room in the page's fragment `#<room>/<token>/<key>`, or null when it is not one. */
export function readPhoneLink(hash: string): PhoneLink | null {
  const [room = '', token = '', key = '', ...rest] = hash.replace(/^#/, '').split('/');
  const keyBytes = fromBase64Url(key, KEY_BYTES);
  if (rest.length > 0 || !keyBytes || !fromBase64Url(room, 16) || !fromBase64Url(token, 32)) {
    return null;
  }
  return { room, token, key: keyBytes };
}

/** What the page's fragment holds: a room's code, a full link, nothing, or neither. */
export type Fragment =
  | { kind: 'empty' }
  | { kind: 'code'; code: string }
  | { kind: 'link'; link: PhoneLink }
  | { kind: 'bad' };

export function readFragment(hash: string): Fragment {
  const text = hash.replace(/^#/, '');
  if (text === '') return { kind: 'empty' };
  const code = readRoomCode(text);
  if (code) return { kind: 'code', code };
  const link = readPhoneLink(text);
  return link ? { kind: 'link', link } : { kind: 'bad' };
}
