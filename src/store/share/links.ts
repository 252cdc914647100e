import { fromBase64Url, KEY_BYTES, randomKey, randomText, toBase64Url } from './codec';

/** Who a link lets in: the AMG and the manager edit; staff and others only read. */
export type ShareMode = 'edit' | 'read';

/** What a link carries, all of it after `#`, so none of it is sent to the server. */
export interface ShareLink {
  mode: ShareMode;
  room: string;
  token: string;
  key: Uint8Array;
}

const ROOM_BYTES = 16;
const TOKEN_BYTES = 32;
const MODE_SLUG: Record<ShareMode, string> = { edit: 'rediger', read: 'laes' };

/** A new room with its key and its two tokens. */
export function newRoom(): { room: string; key: Uint8Array; editToken: string; readToken: string } {
  return {
    room: randomText(ROOM_BYTES),
    key: randomKey(),
    editToken: randomText(TOKEN_BYTES),
    readToken: randomText(TOKEN_BYTES),
  };
}

/** The in-app path a link opens (a hash route). */
export const linkPath = ({ mode, room, token, key }: ShareLink): string =>
  `/delt/${MODE_SLUG[mode]}/${room}/${token}/${toBase64Url(key)}`;

/** The link in the route's parts, or null when any part is missing, cut short or wrong. */
export function readLink(parts: {
  mode?: string;
  room?: string;
  token?: string;
  key?: string;
}): ShareLink | null {
  const mode = (Object.keys(MODE_SLUG) as ShareMode[]).find((m) => MODE_SLUG[m] === parts.mode);
  const key = fromBase64Url(parts.key ?? '', KEY_BYTES);
  const room = parts.room ?? '';
  const token = parts.token ?? '';
  if (!mode || !key || !fromBase64Url(room, ROOM_BYTES) || !fromBase64Url(token, TOKEN_BYTES)) {
    return null;
  }
  return { mode, room, token, key };
}
