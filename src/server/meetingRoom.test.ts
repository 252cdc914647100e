// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ciphertext,
  connectDevice,
  createRoom,
  type Device,
  type Room,
  startTestServer,
  type TestServer,
  waitFor,
} from './testServer.testHelper';

let test: TestServer;
let room: Room;
const devices: Device[] = [];

const connect = (token: string, phone = false) => {
  const device = connectDevice(test.wsUrl, room.room, token, phone);
  devices.push(device);
  return device;
};
const synced = (device: Device) => waitFor(() => device.provider.isSynced, 'sync');
const refused = (device: Device) =>
  waitFor(() => device.closeReasons.includes('invalid-message'), 'the phone to be refused');

beforeEach(async () => {
  test = await startTestServer();
  room = await createRoom(test.server.url, 'meeting');
});

afterEach(async () => {
  for (const device of devices.splice(0)) device.destroy();
  await test.dispose();
});

describe('a meeting room', { timeout: 30_000 }, () => {
  it('lets the leader change its view and phones add entries of their own', async () => {
    const leader = connect(room.editToken);
    const phone = connect(room.readToken, true);
    await Promise.all([synced(leader), synced(phone)]);
    expect(leader.outcome()).toBe('read-write');
    expect(phone.outcome()).toBe('read-write');

    leader.events.set('view', ciphertext());
    const second = ciphertext();
    leader.events.set('view', second);
    phone.events.set('p.one.1', ciphertext());
    phone.events.set('p.one.2', ciphertext());
    await waitFor(() => leader.events.has('p.one.2'), 'the entries at the leader');
    await waitFor(() => phone.events.get('view')?.length === second.length, 'the view');
    expect(phone.closeReasons).toEqual([]);

    // A phone that comes later repeats the leader's overwrite in its first sync: allowed.
    const late = connect(room.readToken, true);
    await synced(late);
    late.events.set('p.two.1', ciphertext());
    await waitFor(() => leader.events.has('p.two.1'), 'the late phone’s entry');
    expect(late.closeReasons).toEqual([]);
  });

  it.each([
    ['overwrites an entry', (phone: Device) => phone.events.set('p.one.1', ciphertext())],
    ['deletes an entry', (phone: Device) => phone.events.delete('p.one.1')],
    ['writes the leader’s view', (phone: Device) => phone.events.set('view', ciphertext())],
  ])('refuses a phone that %s, and keeps the entry', async (_name, attack) => {
    const leader = connect(room.editToken);
    const honest = connect(room.readToken, true);
    await Promise.all([synced(leader), synced(honest)]);
    const original = ciphertext();
    honest.events.set('p.one.1', original);
    leader.events.set('view', ciphertext(8));
    await waitFor(() => leader.events.has('p.one.1'), 'the honest entry');

    const hostile = connect(room.readToken, true);
    await synced(hostile);
    await waitFor(() => hostile.events.has('view'), 'the view at the hostile phone');
    attack(hostile);
    await refused(hostile);

    const check = connect(room.editToken);
    await synced(check);
    expect(check.events.get('p.one.1')).toEqual(original);
    expect(check.events.get('view')?.length).not.toBe(undefined);
    expect(check.events.get('view')).toEqual(leader.events.get('view'));
  });

  it('refuses presence from a phone', async () => {
    const phone = connect(room.readToken);
    await waitFor(() => phone.closeReasons.includes('invalid-message'), 'the refusal');
  });

  it('refuses a new key that another client already holds', async () => {
    const leader = connect(room.editToken);
    await synced(leader);
    leader.events.set('p.same.1', ciphertext());
    await waitFor(() => !leader.provider.hasUnsyncedChanges, 'the server to take it');
    // A phone that has not seen the key yet writes it as new: it would compete for the key.
    const phone = connectDevice(test.wsUrl, room.room, room.readToken, true);
    devices.push(phone);
    phone.events.set('p.same.1', ciphertext());
    await refused(phone);
  });
});
