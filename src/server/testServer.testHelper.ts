import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { hashToken } from './ids';
import { type RunningServer, type ServerOptions, startServer } from './startServer';

/** Waits until `condition` holds, checking every 20 ms; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface TestServer {
  server: RunningServer;
  dataDir: string;
  wsUrl: string;
  /** Starts a new server on the same data folder (after `server.close()`). */
  restart(): Promise<void>;
  /** Closes the server and deletes its folders. */
  dispose(): Promise<void>;
}

/** A real server on a free port of 127.0.0.1, in a new temporary data folder. */
export async function startTestServer(limits: Partial<ServerOptions> = {}): Promise<TestServer> {
  const root = await mkdtemp(join(tmpdir(), 'apv-sync-'));
  const dataDir = join(root, 'data');
  const distDir = join(root, 'dist');
  await mkdir(distDir);
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>APV Dialog</title>');
  const options = { host: '127.0.0.1', port: 0, dataDir, distDir, storeDebounceMs: 50, ...limits };
  const test: TestServer = {
    server: await startServer(options),
    dataDir,
    wsUrl: '',
    async restart() {
      test.server = await startServer(options);
      test.wsUrl = `${test.server.url.replace(/^http/, 'ws')}/sync`;
    },
    async dispose() {
      await test.server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  test.wsUrl = `${test.server.url.replace(/^http/, 'ws')}/sync`;
  return test;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');
export const randomToken = () => randomId(32);

export interface Room {
  room: string;
  editToken: string;
  readToken: string;
}

/** Creates a room through the API, as the client does when a process is shared. */
export async function createRoom(url: string, kind?: 'meeting'): Promise<Room> {
  const room = { room: randomId(16), editToken: randomId(32), readToken: randomId(32) };
  const response = await fetch(`${url}/sync/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      room: room.room,
      editHash: hashToken(room.editToken),
      readHash: hashToken(room.readToken),
      kind,
    }),
  });
  if (response.status !== 201) throw new Error(`room not created: ${response.status}`);
  return room;
}

/** A provider as a device runs it: the room id as the document name, a token, the `ws` socket. */
export interface Device {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  events: Y.Map<Uint8Array>;
  /** 'read-write' or 'readonly' once authenticated, or the reason it was refused. */
  outcome: () => string | undefined;
  closeReasons: string[];
  destroy(): void;
}

/** `phone`: with no presence at all, as the phone page runs it. */
export function connectDevice(wsUrl: string, room: string, token: string, phone = false): Device {
  const doc = new Y.Doc();
  let outcome: string | undefined;
  const closeReasons: string[] = [];
  // Node 20 has no WebSocket of its own; the socket is made here to pass it the `ws` one.
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    ...(phone ? { awareness: null } : {}),
    onAuthenticated: ({ scope }) => (outcome = scope),
    onAuthenticationFailed: ({ reason }) => (outcome = reason),
    onClose: ({ event }) => closeReasons.push(event.reason),
  });
  provider.attach();
  return {
    provider,
    doc,
    events: doc.getMap<Uint8Array>('events'),
    outcome: () => outcome,
    closeReasons,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** A Hocuspocus message as a provider writes it: document name, type, then the payload. */
export function message(room: string, type: number, write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const authMessage = (room: string, token: string) =>
  message(room, 2, (encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, token);
  });

/** A sync update message (type 0, step 2 = update) carrying a Yjs update. */
export const updateMessage = (room: string, update: Uint8Array) =>
  message(room, 0, (encoder) => {
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
  });

/** A raw socket, authenticated to `room`, that records how it was closed. */
export async function rawSocket(wsUrl: string, room: string, token: string) {
  const socket = new WebSocket(wsUrl);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('error', () => undefined);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const authenticated = new Promise((resolve) => socket.once('message', resolve));
  socket.send(authMessage(room, token));
  await authenticated;
  return { socket, closed };
}

/** One event as the client stores it: random bytes standing for its ciphertext. */
export const ciphertext = (bytes = 64) => new Uint8Array(randomBytes(bytes));
