/**
 * Why the server refuses a connection or closes a socket: the reasons the client shows, and
 * the WebSocket close codes it sends with them (4000-4999 is the range for applications).
 */
export const Refusal = {
  /** No room with this id (or not a room id at all). */
  unknownRoom: 'unknown-room',
  /** The room was revoked: its links no longer work. */
  revoked: 'revoked',
  /** The token is neither the room's edit token nor its read token. */
  forbidden: 'forbidden',
} as const;
export type Refusal = (typeof Refusal)[keyof typeof Refusal];

export interface Close {
  code: number;
  reason: string;
}

/** Authentication refused, or the room revoked while connected: the reason is a `Refusal`. */
export const refusedClose = (reason: Refusal): Close => ({ code: 4403, reason });
/** No successful authentication within the deadline after the socket opened. */
export const unauthenticatedClose: Close = { code: 4401, reason: 'unauthenticated' };
/** A message that is not a well-formed Hocuspocus message, or an update the rooms do not allow. */
export const invalidMessageClose: Close = { code: 4400, reason: 'invalid-message' };
/** More messages than the per-connection rate allows. */
export const rateLimitedClose: Close = { code: 4429, reason: 'rate-limited' };
/** The server is stopping; the client may reconnect. */
export const shutdownClose: Close = { code: 1001, reason: 'server-shutdown' };

/** A hook error that Hocuspocus turns into a permission-denied message with this reason. */
export class RefusedError extends Error {
  constructor(readonly reason: Refusal) {
    super(`connection refused: ${reason}`);
  }
}
