import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { get, set } from 'idb-keyval';
import type { ApvProcess } from '../../domain/document';
import { setSharedRecorder, useAppStore } from '../store';
import type { ShareStatus } from '../../domain/sync/shareStatus';
import { randomText, toBase64Url } from './codec';
import { newRoom, type ShareLink } from './links';

export { readLink } from './links';
import {
  dropShareRecord,
  saveShareRecord,
  shareRecord,
  SHARES_CHANNEL,
  shareDatabase,
  shareRecords,
  whenSharesLost,
  type ShareRecord,
} from './records';
import { ShareSession } from './session';

/**
 * Sharing a process between devices, loaded only when a process is shared or a link is
 * opened. Each shared process has one `ShareSession`; the store hands it the events made here
 * (`setSharedRecorder`) and shows the document and status it reports.
 */
const sessions = new Map<string, ShareSession>();
const SAVE_DELAY_MS = 100;
const NAME_KEY = 'apv-dialog-name';

/** Where the sync server is: beside the app, wherever the app is hosted. */
const serverUrl = (path: string, ws = false): string => {
  const url = new URL(path, document.baseURI);
  if (ws) url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
};

/** The name others see for this device; asked for on first share or open. */
export const presenceName = (): string => localStorage.getItem(NAME_KEY) ?? '';
export function presenceNameChosen(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim().slice(0, 60));
  for (const session of sessions.values()) session.presence(presenceName(), null);
}

/** Opens every process this device shares: called once the stored documents are loaded. */
let started = false;
export async function startSharing(records?: ShareRecord[]): Promise<void> {
  if (!started) {
    started = true;
    window.addEventListener('pagehide', saveAllNow);
    whenSharesLost(writeBack);
    setSharedRecorder((processId, event) => sessions.get(processId)?.record(event));
    // A process removed on this device stops being shared here only; the others keep it.
    useAppStore.subscribe((state) => {
      for (const id of sessions.keys()) if (!(id in state.processes)) void leaveShare(id);
    });
  }
  for (const record of records ?? (await shareRecords())) await open(record, null);
}

/** Shares a process: a new room on the server, with this document as its start. */
export async function shareProcess(processId: string): Promise<ShareStatus> {
  const doc = useAppStore.getState().processes[processId];
  if (!doc) throw new Error('No such process');
  await startSharing([]);
  return openRoom(doc);
}

/**
 * Revokes every link to a shared process: the server deletes the room and shuts its doors,
 * and the process goes on in a new room with a new key, starting from the document as it is.
 */
export async function revokeLinks(processId: string): Promise<ShareStatus> {
  const session = sessions.get(processId);
  const doc = session?.document;
  if (!session || !doc || session.share.mode !== 'edit') throw new Error('Not shared for editing');
  const response = await fetch(serverUrl(`sync/rooms/${session.share.room}`), {
    method: 'DELETE',
    headers: { authorization: `Bearer ${session.share.token}` },
  });
  if (!response.ok && response.status !== 404) {
    throw new Error(`The sync server did not revoke the room (${response.status})`);
  }
  session.close();
  sessions.delete(processId);
  return openRoom(doc);
}

async function openRoom(doc: ApvProcess): Promise<ShareStatus> {
  const processId = doc.id;
  const room = newRoom();
  const response = await fetch(serverUrl('sync/rooms'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      room: room.room,
      editHash: hash(room.editToken),
      readHash: hash(room.readToken),
    }),
  });
  if (!response.ok) throw new Error(`The sync server refused the room (${response.status})`);
  const record: ShareRecord = {
    processId,
    room: room.room,
    mode: 'edit',
    token: room.editToken,
    key: toBase64Url(room.key),
    state: null,
  };
  const session = await open(record, doc);
  session.seed(doc, room.readToken);
  await keep(session);
  return statusOf(processId);
}

/**
 * Opens a link on this device: connects, waits for the room's document, and keeps it as a
 * process here. Resolves with the process id, or the status that says why not.
 */
export async function openLink(
  link: ShareLink,
): Promise<{ processId: string } | { status: ShareStatus }> {
  await startSharing([]);
  const known = [...sessions.values()].find((s) => s.share.room === link.room);
  if (known?.document) return { processId: known.document.id };
  const record: ShareRecord = {
    processId: '',
    room: link.room,
    mode: link.mode,
    token: link.token,
    key: toBase64Url(link.key),
    state: null,
  };
  return new Promise((resolve) => {
    void open(record, null, {
      joined: (processId) => resolve({ processId }),
      refused: (status) => resolve({ status }),
    });
  });
}

/** Stops sharing on this device only (the process was removed here); others keep it. */
export async function leaveShare(processId: string): Promise<void> {
  sessions.get(processId)?.close();
  sessions.delete(processId);
  await dropShareRecord(processId);
  useAppStore.setState((s) => {
    const { [processId]: _gone, ...shares } = s.shares;
    return { shares };
  });
}

/** Tells the others what this device is editing in a process (a field's label), or nothing. */
export function editingChanged(processId: string, label: string | null): void {
  sessions.get(processId)?.presence(presenceName(), label);
}

/** Keeps a session's record on this device, and has the other windows open it too. */
async function keep(session: ShareSession): Promise<void> {
  await saveShareRecord({ ...session.share, state: session.state() });
  const channel = new BroadcastChannel(SHARES_CHANNEL);
  channel.postMessage({ processId: session.share.processId });
  channel.close();
}

/** Opens a process another window of this browser has just shared or joined. */
export async function openSaved(processId: string): Promise<void> {
  const record = await shareRecord(processId);
  const open = sessions.get(processId);
  if (!record || open?.share.room === record.room) return;
  open?.close();
  sessions.delete(processId);
  await startSharing([record]);
}

const saveTimers = new Map<ShareSession, ReturnType<typeof setTimeout>>();

/** Saves a session's room state soon after it changes (and at once when the page goes). */
function scheduleSave(session: ShareSession): void {
  if (saveTimers.has(session)) return;
  saveTimers.set(
    session,
    setTimeout(() => save(session), SAVE_DELAY_MS),
  );
}

function save(session: ShareSession): void {
  clearTimeout(saveTimers.get(session));
  saveTimers.delete(session);
  if (sessions.get(session.share.processId) !== session) return;
  void saveShareRecord({ ...session.share, state: session.state() });
}

const saveAllNow = () => [...saveTimers.keys()].forEach(save);

/** The share database was deleted under the app: writes back every room and the device id. */
function writeBack(): void {
  for (const session of new Set(sessions.values())) save(session);
  void device?.then((id) => set('device', id, shareDatabase()));
}

/** What a device opening a link waits for: the room's document, or a refusal. */
interface Joining {
  joined(processId: string): void;
  refused(status: ShareStatus): void;
}

/**
 * Starts the session of `record`. A record without a process id is a link being opened: the
 * process id comes with the room's first document, and only then is the record kept.
 */
async function open(
  record: ShareRecord,
  start: ApvProcess | null,
  joining?: Joining,
): Promise<ShareSession> {
  const existing = sessions.get(record.processId);
  if (existing) return existing;
  const session: ShareSession = new ShareSession(record, await deviceId(), {
    documentChanged: (doc) => {
      if (record.processId !== '') return documentChanged(doc);
      record.processId = doc.id;
      sessions.set(doc.id, session);
      useAppStore.getState().processesPut([doc]);
      statusChanged(doc.id, session.currentStatus);
      joining?.joined(doc.id);
      void keep(session);
    },
    statusChanged: (status) => {
      if (record.processId !== '') statusChanged(record.processId, status);
      else if (status.connection === 'refused') {
        joining?.refused(status);
        // Not from inside the Yjs transaction that brought the refusal.
        setTimeout(() => session.close(), 0);
      }
    },
    stateChanged: () => {
      if (record.processId !== '') scheduleSave(session);
    },
  });
  session.restore();
  if (record.processId !== '') {
    sessions.set(record.processId, session);
    statusChanged(record.processId, session.currentStatus);
  }
  if (start === null && record.processId !== '' && session.document) {
    documentChanged(session.document);
  }
  session.connect(serverUrl('sync', true), presenceName());
  return session;
}

function documentChanged(doc: ApvProcess): void {
  useAppStore.setState((s) =>
    s.processes[doc.id] === doc ? {} : { processes: { ...s.processes, [doc.id]: doc } },
  );
}

function statusChanged(processId: string, status: ShareStatus): void {
  useAppStore.setState((s) => ({ shares: { ...s.shares, [processId]: status } }));
}

function statusOf(processId: string): ShareStatus {
  const status = useAppStore.getState().shares[processId];
  if (!status) throw new Error('The process is not shared');
  return status;
}

const hash = (token: string): string => bytesToHex(sha256(new TextEncoder().encode(token)));

/** This browser's device id for the clocks of its events: made once, then kept. */
let device: Promise<string> | null = null;
function deviceId(): Promise<string> {
  device ??= (async () => {
    const stored = await get<unknown>('device', shareDatabase());
    if (typeof stored === 'string' && /^[A-Za-z0-9_-]{16,40}$/.test(stored)) return stored;
    const made = randomText(12);
    await set('device', made, shareDatabase());
    return made;
  })();
  return device;
}
