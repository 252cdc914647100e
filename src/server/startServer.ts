import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { PHONE_PAGE, SHORT_PAGE } from '../domain/room/roomCode';
import { DocumentStore } from './documentStore';
import { refusedClose, Refusal, shutdownClose } from './refusals';
import { handleRoomsRequest, ROOMS_PATH } from './roomsApi';
import { RoomStore } from './roomStore';
import { type SyncLimits, SyncServer } from './syncServer';

/** The WebSocket endpoint, on the same origin as the app. */
export const SYNC_PATH = '/sync';

export interface ServerLimits extends SyncLimits {
  /** Largest WebSocket message a client may send; a bigger one closes its socket (1009). */
  maxMessageBytes: number;
}

export const defaultLimits: ServerLimits = {
  // A device that shares a large process sends all of it in its first sync message.
  maxMessageBytes: 4 * 1024 * 1024,
  // A shared process starts as one sealed value: the whole document (over 1 MB for a large one).
  maxValueBytes: 3 * 1024 * 1024,
  maxKeyLength: 128,
  messagesPerSecond: 50,
  messageBurst: 200,
  authTimeoutMs: 10_000,
  storeDebounceMs: 2_000,
};

export interface ServerOptions extends Partial<ServerLimits> {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Room records and documents are kept here. */
  dataDir: string;
  /** The built app (`dist/`). */
  distDir: string;
}

export interface RunningServer {
  /** `http://host:port`; the sync endpoint is `ws://host:port/sync`. */
  url: string;
  /** Closes every connection, stores every room, and stops listening. */
  close(): Promise<void>;
}

const log = (message: string, error?: unknown) => console.error(`[sync] ${message}`, error ?? '');

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { host, port, dataDir, distDir, ...overrides } = options;
  const limits: ServerLimits = { ...defaultLimits, ...overrides };

  const rooms = new RoomStore(dataDir);
  const documents = new DocumentStore(dataDir, rooms, log);
  await rooms.init();
  await documents.init();
  const sync = new SyncServer(rooms, documents, limits);

  const onRevoked = async (room: string) => {
    sync.refuseRoom(room, refusedClose(Refusal.revoked));
    await documents.remove(room);
  };

  // The app uses hash routes, so every other path falls back to index.html.
  const app = sirv(distDir, {
    single: true,
    setHeaders: (response, pathname) => {
      if (pathname.startsWith('/assets/')) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        // The page and the service worker name the assets: always ask whether they changed.
        response.setHeader('Cache-Control', 'no-cache');
      }
    },
  });

  const handleRequest = (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === SYNC_PATH) {
      response.statusCode = 426;
      response.setHeader('Upgrade', 'websocket');
      response.end();
      return;
    }
    if (pathname === `/${SHORT_PAGE}` || pathname === `/${SHORT_PAGE}/`) {
      // The short address on the projector: on to the phone page, where the code is typed.
      response.statusCode = 302;
      response.setHeader('Location', `${pathname.endsWith('/') ? '../' : ''}${PHONE_PAGE}`);
      response.end();
      return;
    }
    if (pathname === ROOMS_PATH || pathname.startsWith(`${ROOMS_PATH}/`)) {
      handleRoomsRequest(request, response, pathname, rooms, onRevoked).catch((error: unknown) => {
        log(`${request.method} ${pathname} failed`, error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
      return;
    }
    app(request, response);
  };

  const http = createServer(handleRequest);
  const webSockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  http.on('upgrade', (request: IncomingMessage, socket, head) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== SYNC_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (webSocket) => sync.handle(webSocket, request));
  });

  http.listen(port, host);
  await once(http, 'listening');
  const address = http.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}`,
    async close() {
      const stopped = new Promise<void>((resolve, reject) =>
        http.close((error) => (error ? reject(error) : resolve())),
      );
      http.closeAllConnections();
      await sync.closeAll(shutdownClose);
      webSockets.close();
      await documents.idle();
      await stopped;
    },
  };
}
