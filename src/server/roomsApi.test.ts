// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from './ids';
import { createRoom, randomToken, startTestServer, type TestServer } from './testServer.testHelper';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(() => test.dispose());

const roomId = () => randomBytes(16).toString('base64url');
const hashes = { editHash: hashToken(randomToken()), readHash: hashToken(randomToken()) };

const post = (body: unknown) =>
  fetch(`${test.server.url}/sync/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const revoke = (room: string, token?: string) =>
  fetch(`${test.server.url}/sync/rooms/${room}`, {
    method: 'DELETE',
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });

describe('the rooms API', () => {
  it('creates a room once (201), then refuses the same id (409)', async () => {
    const room = roomId();
    const created = await post({ room, ...hashes });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ room });
    const again = await post({ room, ...hashes });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: 'room-exists' });
  });

  it.each([
    ['not JSON', '{"room":'],
    ['a room id of the wrong length', { room: 'abc', ...hashes }],
    ['a room id with stray bits', { room: `${roomId().slice(0, 21)}B`, ...hashes }],
    ['a hash that is not sha256 hex', { room: roomId(), ...hashes, readHash: 'ab' }],
    ['one hash for both tokens', { room: roomId(), ...hashes, readHash: hashes.editHash }],
    ['no hashes', { room: roomId() }],
    ['an array', [roomId()]],
  ])('refuses %s (400)', async (_name, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed' });
  });

  it('refuses a body over a few KB (413)', async () => {
    const response = await post({ room: roomId(), ...hashes, padding: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
  });

  it('revokes with the edit token only (403, 204), and the id is then gone for good', async () => {
    const { room, editToken, readToken } = await createRoom(test.server.url);
    expect((await revoke(room)).status).toBe(403);
    expect((await revoke(room, readToken)).status).toBe(403);
    expect((await revoke(room, randomToken())).status).toBe(403);
    expect((await revoke(room, editToken)).status).toBe(204);

    const again = await revoke(room, editToken);
    expect([again.status, await again.json()]).toEqual([404, { error: 'revoked' }]);
    const recreated = await post({ room, ...hashes });
    expect([recreated.status, await recreated.json()]).toEqual([409, { error: 'revoked' }]);
  });

  it('answers 404 for a room that does not exist', async () => {
    const response = await revoke(roomId(), randomToken());
    expect([response.status, await response.json()]).toEqual([404, { error: 'unknown-room' }]);
  });

  it('serves the app on every other path, and asks for an upgrade on /sync', async () => {
    const page = await fetch(`${test.server.url}/any/page`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('APV Dialog');
    expect((await fetch(`${test.server.url}/sync`)).status).toBe(426);
    expect((await fetch(`${test.server.url}/sync/rooms`)).status).toBe(405);
  });
});
