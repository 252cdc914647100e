// @vitest-environment node
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ciphertext,
  connectDevice,
  createRoom,
  type Device,
  type Room,
  randomToken,
  startTestServer,
  type TestServer,
  waitFor,
} from './testServer.testHelper';

let test: TestServer;
let room: Room;
const devices: Device[] = [];

const connect = (token: string, roomId = room.room) => {
  const device = connectDevice(test.wsUrl, roomId, token);
  devices.push(device);
  return device;
};

const synced = (device: Device) => waitFor(() => device.provider.isSynced, 'sync');

const storedDoc = async () => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await readFile(join(test.dataDir, 'docs', `${room.room}.bin`)));
  return doc.getMap<Uint8Array>('events');
};

beforeEach(async () => {
  test = await startTestServer();
  room = await createRoom(test.server.url);
});

afterEach(async () => {
  for (const device of devices.splice(0)) device.destroy();
  await test.dispose();
});

describe('the sync server', { timeout: 30_000 }, () => {
  it('relays an event from one device to another', async () => {
    const a = connect(room.editToken);
    const b = connect(room.editToken);
    await Promise.all([synced(a), synced(b)]);
    expect(a.outcome()).toBe('read-write');
    const value = ciphertext();
    a.events.set('event-1', value);
    await waitFor(() => b.events.has('event-1'), 'the event on b');
    expect(b.events.get('event-1')).toEqual(value);
  });

  it('loses nothing across a stop and a restart', async () => {
    const a = connect(room.editToken);
    await synced(a);
    const values = Array.from({ length: 20 }, () => ciphertext());
    values.forEach((value, i) => a.events.set(`event-${i}`, value));
    await waitFor(() => !a.provider.hasUnsyncedChanges, 'the server to take the events');
    a.destroy();
    await test.server.close();
    await test.restart();

    const b = connect(room.editToken);
    await synced(b);
    await waitFor(() => b.events.size === values.length, 'every event after the restart');
    values.forEach((value, i) => expect(b.events.get(`event-${i}`)).toEqual(value));
  });

  it('gives the read token read-only access: its writes reach neither the others nor the disk', async () => {
    const writer = connect(room.editToken);
    const reader = connect(room.readToken);
    await Promise.all([synced(writer), synced(reader)]);
    expect(reader.outcome()).toBe('readonly');

    writer.events.set('from-writer', ciphertext());
    await waitFor(() => reader.events.has('from-writer'), 'the reader to see the writer');
    reader.events.set('from-reader', ciphertext());
    // The writer's next event passes the reader's on the server: once it is stored and seen,
    // the reader's would have been too.
    writer.events.set('after', ciphertext());
    await waitFor(() => reader.events.has('after'), 'the reader to see the next event');
    await waitFor(() => !writer.provider.hasUnsyncedChanges, 'the writer to be stored');
    const late = connect(room.editToken);
    await synced(late);
    await waitFor(() => late.events.has('after'), 'a new device to load the room');

    expect(writer.events.has('from-reader')).toBe(false);
    expect(late.events.has('from-reader')).toBe(false);
    await test.server.close();
    const stored = await storedDoc();
    expect([...stored.keys()].sort()).toEqual(['after', 'from-writer']);
    await test.restart();
  });

  it.each([
    ['a wrong token', () => ({ token: randomToken(), room: room.room }), 'forbidden'],
    ['a token that is not one', () => ({ token: 'not-a-token', room: room.room }), 'forbidden'],
    [
      'a room that does not exist',
      () => ({ token: room.editToken, room: 'AAAAAAAAAAAAAAAAAAAAAA' }),
      'unknown-room',
    ],
    [
      'a document name that is no room id',
      () => ({ token: room.editToken, room: 'x' }),
      'unknown-room',
    ],
  ])('refuses %s', async (_name, attempt, reason) => {
    const { token, room: roomId } = attempt();
    const device = connect(token, roomId);
    await waitFor(() => device.outcome() !== undefined, 'the refusal');
    expect(device.outcome()).toBe(reason);
  });

  it('revokes a room: open connections close, its data goes, and its links stop working', async () => {
    const a = connect(room.editToken);
    await synced(a);
    a.events.set('event-1', ciphertext());
    await waitFor(() => !a.provider.hasUnsyncedChanges, 'the server to take the event');

    const byReader = await fetch(`${test.server.url}/sync/rooms/${room.room}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${room.readToken}` },
    });
    expect(byReader.status).toBe(403);
    const revoked = await fetch(`${test.server.url}/sync/rooms/${room.room}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${room.editToken}` },
    });
    expect(revoked.status).toBe(204);
    await waitFor(() => a.closeReasons.includes('revoked'), 'the open connection to close');

    const again = connect(room.editToken);
    await waitFor(() => again.outcome() !== undefined, 'the refusal');
    expect(again.outcome()).toBe('revoked');
    await waitFor(() => a.outcome() === 'revoked', 'the old device to be refused on reconnect');
    a.destroy();

    const docs = await readdir(join(test.dataDir, 'docs'));
    expect(docs.filter((name) => name.startsWith(room.room))).toEqual([]);
    const tombstone = await readFile(join(test.dataDir, 'rooms', `${room.room}.json`), 'utf8');
    expect(JSON.parse(tombstone)).toEqual({ state: 'revoked' });
  });

  it('stores only what the clients sent: ids and ciphertext, nothing of its own', async () => {
    const a = connect(room.editToken);
    await synced(a);
    const values = Array.from({ length: 10 }, (_, i) => [`event-${i}`, ciphertext(100)] as const);
    a.doc.transact(() => values.forEach(([key, value]) => a.events.set(key, value)));
    await waitFor(() => !a.provider.hasUnsyncedChanges, 'the server to take the events');
    a.destroy();
    await test.server.close();

    const files = await readdir(test.dataDir, { recursive: true });
    expect(files.sort()).toEqual([
      'docs',
      `docs/${room.room}.bin`,
      'rooms',
      `rooms/${room.room}.json`,
    ]);
    // The stored document is exactly the client's state: no other share, key or value.
    const stored = await readFile(join(test.dataDir, 'docs', `${room.room}.bin`));
    expect(Y.encodeStateVector(a.doc)).toEqual(
      Y.encodeStateVectorFromUpdate(new Uint8Array(stored)),
    );
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored);
    expect([...doc.share.keys()]).toEqual(['events']);
    expect(Object.fromEntries(doc.getMap('events').entries())).toEqual(Object.fromEntries(values));
    // The room file holds the two hashes, its kind and its state, nothing else.
    const record = JSON.parse(
      await readFile(join(test.dataDir, 'rooms', `${room.room}.json`), 'utf8'),
    );
    expect(Object.keys(record).sort()).toEqual(['editHash', 'kind', 'readHash', 'state']);
    await test.restart();
  });
});
