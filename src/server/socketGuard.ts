import type { WebSocket } from 'ws';
import { monotonicMs } from './clock';
import type { UpdateLimits } from './eventsUpdate';
import {
  type Close,
  invalidMessageClose,
  rateLimitedClose,
  unauthenticatedClose,
} from './refusals';
import { MessageType, readAllowedMessage } from './syncMessage';
import { TokenBucket } from './tokenBucket';

export interface SocketLimits extends UpdateLimits {
  /** Messages per second one socket may send, sustained. */
  messagesPerSecond: number;
  /** Messages one socket may send at once (the bucket's size). */
  messageBurst: number;
  /** Time a socket has to authenticate to a room before it is closed. */
  authTimeoutMs: number;
}

/** After closing, how long a peer gets to answer the close before its socket is cut. */
const CLOSE_GRACE_MS = 1_000;
/** Rooms one socket may open (a provider may share its socket between a few). */
const MAX_ROOMS_PER_SOCKET = 16;

/**
 * One client socket's limits, checked on every message before Hocuspocus sees it: a token
 * bucket, a well-formed message the rooms allow (`readAllowedMessage`), for a room this socket
 * asked to authenticate to (Hocuspocus would queue anything else), and a deadline to
 * authenticate. Refusing the socket stops reading from it, so nothing the client sends after
 * that reaches Hocuspocus; closing it lets the client's last messages in. Either way the socket
 * is cut if the client does not answer the close in time.
 */
export class SocketGuard {
  authenticated = false;
  /** Meeting rooms this socket joined with the phones' token (`phoneUpdate.ts`). */
  readonly phoneRooms = new Set<string>();
  private refused = false;
  private closing = false;
  /** The message the socket was refused for: Hocuspocus got it too, and must drop it. */
  private offending: Uint8Array | undefined;
  private readonly rooms = new Set<string>();
  private readonly bucket: TokenBucket;
  private readonly authTimer: NodeJS.Timeout;

  constructor(
    readonly socket: WebSocket,
    private readonly limits: SocketLimits,
  ) {
    this.bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, monotonicMs);
    // Registered before Hocuspocus's listener, so a refusal is in place when it gets the message.
    socket.on('message', (data: Buffer, isBinary?: boolean) => {
      // Hocuspocus re-emits the messages it queued during authentication, without `isBinary`:
      // they were checked when they arrived.
      if (isBinary !== undefined) this.check(data, isBinary);
    });
    this.authTimer = setTimeout(() => {
      if (!this.authenticated) this.refuse(unauthenticatedClose);
    }, limits.authTimeoutMs);
    this.authTimer.unref();
    socket.once('close', () => clearTimeout(this.authTimer));
  }

  private check(data: Buffer, isBinary: boolean) {
    const refusal = this.refusalFor(data, isBinary);
    if (!refusal) return;
    this.offending = data;
    this.refuse(refusal);
  }

  private refusalFor(data: Buffer, isBinary: boolean): Close | undefined {
    if (!this.bucket.take()) return rateLimitedClose;
    const message = isBinary ? readAllowedMessage(data, this.limits) : undefined;
    if (!message) return invalidMessageClose;
    if (message.type === MessageType.auth) this.rooms.add(message.documentName);
    if (!this.rooms.has(message.documentName) || this.rooms.size > MAX_ROOMS_PER_SOCKET) {
      return invalidMessageClose;
    }
    return undefined;
  }

  /** False once the socket is refused: it may not authenticate any more. */
  get open(): boolean {
    return !this.refused;
  }

  /** True for the message the socket was refused for; what it sent before that passed. */
  drops(data: Uint8Array): boolean {
    return data === this.offending;
  }

  /** Closes the socket and reads nothing more from it. */
  refuse(close: Close): void {
    if (this.refused) return;
    this.refused = true;
    this.close(close);
    // Nothing more reaches Hocuspocus, not even what ws has already read.
    this.socket.removeAllListeners('message');
    this.socket.pause();
  }

  /** Closes the socket; what the client sends until it answers is still handled. */
  close({ code, reason }: Close): void {
    if (this.closing) return;
    this.closing = true;
    clearTimeout(this.authTimer);
    this.socket.close(code, reason);
    setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS).unref();
  }
}
