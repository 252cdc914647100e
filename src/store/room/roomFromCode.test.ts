import { describe, expect, it } from 'vitest';
import { fromBase64Url } from '../share/codec';
import { roomFromCode } from './roomFromCode';

describe('a room’s secrets from its code', () => {
  it('gives the same room, token and key for the same code, in the forms a link holds', async () => {
    const a = await roomFromCode('K7P29XQM4H');
    const b = await roomFromCode('K7P29XQM4H');
    expect(b).toEqual(a);
    expect(fromBase64Url(a.room, 16)).not.toBeNull();
    expect(fromBase64Url(a.token, 32)).not.toBeNull();
    expect(a.key).toHaveLength(32);
  });

  it('gives another room, token and key for a code one letter apart', async () => {
    const a = await roomFromCode('K7P29XQM4H');
    const b = await roomFromCode('K7P29XQM4J');
    expect(b.room).not.toBe(a.room);
    expect(b.token).not.toBe(a.token);
    expect(b.key).not.toEqual(a.key);
  });
});
