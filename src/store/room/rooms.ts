import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { RoomControl } from '../../domain/room/buildView';
import { PHONE_PAGE, ROOM_CODE_LENGTH, roomCodeOf, SHORT_PAGE } from '../../domain/room/roomCode';
import { randomBytes } from '@noble/ciphers/utils.js';
import { randomText, toBase64Url } from '../share/codec';
import { LeaderRoom, type RoomStatus } from './leaderRoom';
import {
  dropRoomRecord,
  roomRecord,
  ROOMS_CHANNEL,
  saveRoomRecord,
  type RoomRecord,
} from './roomRecords';

export type { RoomStatus } from './leaderRoom';

/**
 * Meeting rooms on the leader's device, loaded only when a room is opened or shown. One room
 * per process at a time; the controller's window runs it, the projector reads its link.
 */
const rooms = new Map<string, LeaderRoom>();
const listeners = new Set<() => void>();
const statuses = new Map<string, RoomStatus>();
const SAVE_DELAY_MS = 200;
const saves = new Map<string, ReturnType<typeof setTimeout>>();

const serverUrl = (path: string, ws = false): string => {
  const url = new URL(path, document.baseURI);
  if (ws) url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};

/**
 * The address a phone opens: the phone page with, after `#`, the room's code (or, for a room
 * opened before codes came, the room, its token and key).
 */
export const phoneLink = (record: RoomRecord): string =>
  `${serverUrl(PHONE_PAGE)}#${record.code ?? `${record.room}/${record.phoneToken}/${record.key}`}`;

/** The phones' link of the room this window runs for the process, or null. */
export function phoneLinkOf(processId: string): string | null {
  const room = rooms.get(processId);
  return room ? phoneLink(room.record) : null;
}

const hash = (token: string) => bytesToHex(sha256(new TextEncoder().encode(token)));

function notify(processId: string): void {
  const room = rooms.get(processId);
  if (room) statuses.set(processId, room.status);
  else statuses.delete(processId);
  for (const listener of listeners) listener();
}

export function subscribeRooms(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const roomStatus = (processId: string): RoomStatus | null => statuses.get(processId) ?? null;

function keepSoon(room: LeaderRoom): void {
  const { processId } = room.record;
  clearTimeout(saves.get(processId));
  saves.set(
    processId,
    setTimeout(() => void saveRoomRecord(room.snapshot()), SAVE_DELAY_MS),
  );
}

function run(record: RoomRecord): LeaderRoom {
  const room = new LeaderRoom(record, {
    statusChanged: () => notify(record.processId),
    // The constructor reports before `room` is set: nothing to keep until it runs.
    recordChanged: () => {
      const running = rooms.get(record.processId);
      if (running) keepSoon(running);
    },
  });
  rooms.set(record.processId, room);
  room.connect(serverUrl('sync', true));
  notify(record.processId);
  return room;
}

/** Takes up the process's room again after a reload, if it has one. */
export async function resumeRoom(processId: string): Promise<void> {
  if (rooms.has(processId)) return;
  const record = await roomRecord(processId);
  if (record && !rooms.has(processId)) run(record);
}

/** Opens a new room for the process's meeting: its own room, tokens and key on the server. */
export async function openRoom(processId: string): Promise<void> {
  await resumeRoom(processId);
  const known = rooms.get(processId);
  if (known) return setControl(processId, { ...known.record.control, open: true });
  const code = roomCodeOf(randomBytes(ROOM_CODE_LENGTH));
  const { roomFromCode } = await import('./roomFromCode');
  const { room, token: phoneToken, key } = await roomFromCode(code);
  const leadToken = randomText(32);
  const response = await fetch(serverUrl('sync/rooms'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      room,
      editHash: hash(leadToken),
      readHash: hash(phoneToken),
      kind: 'meeting',
    }),
  });
  if (!response.ok) throw new Error(`The sync server refused the room (${response.status})`);
  const record: RoomRecord = {
    processId,
    room,
    leadToken,
    phoneToken,
    key: toBase64Url(key),
    code,
    control: { open: true, voteClosed: false },
    verdicts: [],
    state: null,
  };
  await saveRoomRecord(record);
  run(record);
  announce(processId);
}

export function setControl(processId: string, control: RoomControl): void {
  const room = rooms.get(processId);
  if (!room) return;
  room.setControl(control);
  announce(processId);
}

/** Takes in an entry kept aside (»Tag med alligevel«); how it was decided, or null. */
export function takeAnyway(processId: string, key: string) {
  return rooms.get(processId)?.takeAnyway(key) ?? null;
}

/** Removes the room: the server deletes it, and this device forgets it. */
export async function removeRoom(processId: string): Promise<void> {
  const room = rooms.get(processId);
  const record = room?.record ?? (await roomRecord(processId));
  if (!record) return;
  await fetch(serverUrl(`sync/rooms/${record.room}`), {
    method: 'DELETE',
    headers: { authorization: `Bearer ${record.leadToken}` },
  });
  room?.close();
  rooms.delete(processId);
  clearTimeout(saves.get(processId));
  await dropRoomRecord(processId);
  notify(processId);
  announce(processId);
}

export interface RoomInvitation {
  link: string;
  open: boolean;
  /** The short address and the code to type there, when the room has a code. */
  typed: { address: string; code: string } | null;
}

/** The phones' link, the address and code to type, and whether the room is open, for the projector. */
export async function roomInvite(processId: string): Promise<RoomInvitation | null> {
  const record = rooms.get(processId)?.record ?? (await roomRecord(processId));
  if (!record) return null;
  const typed = record.code ? { address: serverUrl(SHORT_PAGE), code: record.code } : null;
  return { link: phoneLink(record), open: record.control.open, typed };
}

/** Tells the projector window that the room changed; it reads the record again. */
function announce(processId: string): void {
  const room = rooms.get(processId);
  const send = () => {
    const channel = new BroadcastChannel(ROOMS_CHANNEL);
    channel.postMessage({ processId });
    channel.close();
  };
  // The record is saved first, so the other window reads what this one has.
  if (room) void saveRoomRecord(room.snapshot()).then(send);
  else send();
}

/** Calls `listener` when another window says the process's room changed. */
export function watchRoom(processId: string, listener: () => void): () => void {
  const channel = new BroadcastChannel(ROOMS_CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if ((e.data as { processId?: unknown } | null)?.processId === processId) listener();
  };
  return () => channel.close();
}
