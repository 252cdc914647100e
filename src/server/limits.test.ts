// @vitest-environment node
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ciphertext,
  connectDevice,
  createRoom,
  type Device,
  message,
  rawSocket,
  type Room,
  startTestServer,
  type TestServer,
  updateMessage,
  waitFor,
} from './testServer.testHelper';

const MAX_MESSAGE_BYTES = 64 * 1024;
const MAX_VALUE_BYTES = 8 * 1024;

let test: TestServer;
let room: Room;
let writer: Device;
let reader: Device;

/** The two well-behaved devices still sync after the offender is gone. */
async function othersGoOn() {
  const key = `after-${randomBytes(4).toString('hex')}`;
  writer.events.set(key, ciphertext());
  await waitFor(() => reader.events.has(key), 'the other devices to go on');
}

/** An update as a client could craft it, made on a scratch document. */
function crafted(change: (doc: Y.Doc) => void) {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

beforeEach(async () => {
  test = await startTestServer({
    maxMessageBytes: MAX_MESSAGE_BYTES,
    maxValueBytes: MAX_VALUE_BYTES,
    messagesPerSecond: 20,
    messageBurst: 40,
  });
  room = await createRoom(test.server.url);
  writer = connectDevice(test.wsUrl, room.room, room.editToken);
  reader = connectDevice(test.wsUrl, room.room, room.editToken);
  await waitFor(() => writer.provider.isSynced && reader.provider.isSynced, 'both to sync');
});

afterEach(async () => {
  writer.destroy();
  reader.destroy();
  await test.dispose();
});

describe('bad input closes only the offending socket', { timeout: 30_000 }, () => {
  it('a message over the size limit', async () => {
    const { socket, closed } = await rawSocket(test.wsUrl, room.room, room.editToken);
    socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect((await closed).code).toBe(1009);
    await othersGoOn();
  });

  it('garbage bytes, before or after authenticating', async () => {
    const { socket, closed } = await rawSocket(test.wsUrl, room.room, room.editToken);
    socket.send(randomBytes(300));
    expect(await closed).toEqual({ code: 4400, reason: 'invalid-message' });

    const early = await import('ws').then(({ default: WebSocket }) => new WebSocket(test.wsUrl));
    const earlyClosed = new Promise((resolve) =>
      early.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    early.once('open', () => early.send(randomBytes(300)));
    expect(await earlyClosed).toEqual({ code: 4400, reason: 'invalid-message' });
    await othersGoOn();
  });

  it.each([
    ['a text value', (doc: Y.Doc) => doc.getMap('events').set('e', 'plain words')],
    [
      'a value over the size limit',
      (doc: Y.Doc) => doc.getMap('events').set('e', new Uint8Array(MAX_VALUE_BYTES + 1)),
    ],
    ['another shared type', (doc: Y.Doc) => doc.getText('notes').insert(0, 'plain words')],
    ['a nested map', (doc: Y.Doc) => doc.getMap('events').set('e', new Y.Map())],
    [
      'a list entry in the events type',
      (doc: Y.Doc) => doc.getArray('events').push([new Uint8Array(4)]),
    ],
  ])('an update with %s, which never reaches the room', async (_name, change) => {
    const { socket, closed } = await rawSocket(test.wsUrl, room.room, room.editToken);
    socket.send(updateMessage(room.room, crafted(change)));
    expect(await closed).toEqual({ code: 4400, reason: 'invalid-message' });
    await othersGoOn();
    expect([...reader.doc.share.keys()]).toEqual(['events']);
    expect(reader.events.has('e')).toBe(false);
  });

  it('a message for a room the socket did not authenticate to', async () => {
    const other = await createRoom(test.server.url);
    const { socket, closed } = await rawSocket(test.wsUrl, room.room, room.editToken);
    socket.send(
      updateMessage(
        other.room,
        crafted((doc) => doc.getMap('events').set('e', ciphertext())),
      ),
    );
    expect(await closed).toEqual({ code: 4400, reason: 'invalid-message' });
    await othersGoOn();
  });

  it('a flood of messages', async () => {
    const { socket, closed } = await rawSocket(test.wsUrl, room.room, room.editToken);
    const queryAwareness = message(room.room, 3, () => undefined);
    for (let i = 0; i < 500; i++) socket.send(queryAwareness);
    expect(await closed).toEqual({ code: 4429, reason: 'rate-limited' });
    await othersGoOn();
  });

  it('a well-formed event from a raw socket is taken', async () => {
    const { socket } = await rawSocket(test.wsUrl, room.room, room.editToken);
    const value = ciphertext();
    socket.send(
      updateMessage(
        room.room,
        crafted((doc) => doc.getMap('events').set('raw', value)),
      ),
    );
    await waitFor(() => reader.events.has('raw'), 'the raw event on the reader');
    expect(reader.events.get('raw')).toEqual(value);
    socket.close();
  });
});
