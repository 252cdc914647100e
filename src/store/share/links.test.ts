import { describe, expect, it } from 'vitest';
import { linkPath, newRoom, readLink } from './links';

describe('share links', () => {
  it('read back what they carry', () => {
    const { room, key, editToken, readToken } = newRoom();
    for (const [mode, token] of [
      ['edit', editToken],
      ['read', readToken],
    ] as const) {
      const [, , slug, r, t, k] = linkPath({ mode, room, token, key }).split('/');
      expect(readLink({ mode: slug, room: r, token: t, key: k })).toEqual({
        mode,
        room,
        token,
        key,
      });
    }
  });

  it('are refused when a part is missing, cut short or unknown', () => {
    const { room, key, editToken } = newRoom();
    const [, , mode, r, t, k] = linkPath({ mode: 'edit', room, token: editToken, key }).split('/');
    expect(readLink({ mode, room: r, token: t, key: k!.slice(0, -4) })).toBeNull();
    expect(readLink({ mode, room: r!.slice(1), token: t, key: k })).toBeNull();
    expect(readLink({ mode, room: r, token: `${t}!`, key: k })).toBeNull();
    expect(readLink({ mode: 'admin', room: r, token: t, key: k })).toBeNull();
    expect(readLink({})).toBeNull();
  });
});
