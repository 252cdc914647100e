import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRoomId, isTokenHash } from './ids';
import { Refusal } from './refusals';
import type { RoomKind, RoomStore } from './roomStore';

/** Where rooms are created (POST) and revoked (DELETE `/sync/rooms/<id>`). */
export const ROOMS_PATH = '/sync/rooms';
/** A creation request is three short fields; anything much longer is refused unread. */
export const MAX_BODY_BYTES = 4 * 1024;

/** Error bodies are `{"error": <reason>}`; the reasons beside the room refusals: */
export const ApiError = {
  malformed: 'malformed',
  tooLarge: 'too-large',
  exists: 'room-exists',
  notFound: 'not-found',
  methodNotAllowed: 'method-not-allowed',
} as const;

function send(response: ServerResponse, status: number, body?: object): void {
  response.statusCode = status;
  response.setHeader('Cache-Control', 'no-store');
  if (body === undefined) {
    response.end();
    return;
  }
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

const refuse = (response: ServerResponse, status: number, error: string) =>
  send(response, status, { error });

/** Reads the body up to `MAX_BODY_BYTES`; undefined when it is longer. */
async function readBody(request: IncomingMessage): Promise<string | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseCreation(body: string) {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { room, editHash, readHash, kind = 'process' } = value as Record<string, unknown>;
  if (!isRoomId(room) || !isTokenHash(editHash) || !isTokenHash(readHash)) return undefined;
  if (kind !== 'process' && kind !== 'meeting') return undefined;
  // One token for both would make every read link an edit link.
  if (editHash === readHash) return undefined;
  return { room, editHash, readHash, kind: kind as RoomKind };
}

async function createRoom(request: IncomingMessage, response: ServerResponse, rooms: RoomStore) {
  const body = await readBody(request);
  if (body === undefined) {
    // Stop reading what is left of an oversized body.
    response.setHeader('Connection', 'close');
    response.once('finish', () => request.destroy());
    return refuse(response, 413, ApiError.tooLarge);
  }
  const creation = parseCreation(body);
  if (!creation) return refuse(response, 400, ApiError.malformed);
  const { room, editHash, readHash, kind } = creation;
  const outcome = await rooms.create(room, editHash, readHash, kind);
  if (outcome === 'exists') return refuse(response, 409, ApiError.exists);
  if (outcome === 'revoked') return refuse(response, 409, Refusal.revoked);
  send(response, 201, { room: creation.room });
}

async function revokeRoom(
  request: IncomingMessage,
  response: ServerResponse,
  room: string,
  rooms: RoomStore,
  onRevoked: (room: string) => Promise<void>,
) {
  const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
  const outcome = await rooms.revoke(room, match?.[1] ?? '');
  if (outcome === Refusal.forbidden) return refuse(response, 403, outcome);
  if (outcome !== 'done') return refuse(response, 404, outcome);
  await onRevoked(room);
  send(response, 204);
}

/**
 * Handles a request under `/sync/rooms`: `POST /sync/rooms` creates a room (`kind` 'meeting'
 * for a meeting room, a process otherwise),
 * `DELETE /sync/rooms/<id>` revokes one (`onRevoked` then closes its connections and deletes
 * its document).
 */
export async function handleRoomsRequest(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  rooms: RoomStore,
  onRevoked: (room: string) => Promise<void>,
): Promise<void> {
  if (pathname === ROOMS_PATH) {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return refuse(response, 405, ApiError.methodNotAllowed);
    }
    return createRoom(request, response, rooms);
  }
  const room = pathname.slice(ROOMS_PATH.length + 1);
  if (!pathname.startsWith(`${ROOMS_PATH}/`) || room.includes('/')) {
    return refuse(response, 404, ApiError.notFound);
  }
  if (request.method !== 'DELETE') {
    response.setHeader('Allow', 'DELETE');
    return refuse(response, 405, ApiError.methodNotAllowed);
  }
  return revokeRoom(request, response, room, rooms, onRevoked);
}
