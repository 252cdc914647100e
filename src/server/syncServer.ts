import { EventEmitter, once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Database } from '@hocuspocus/extension-database';
import { Hocuspocus } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type { DocumentStore } from './documentStore';
import { phoneMayWrite } from './phoneUpdate';
import { type Close, invalidMessageClose, Refusal, RefusedError, refusedClose } from './refusals';
import type { Access, RoomStore } from './roomStore';

import { SocketGuard, type SocketLimits } from './socketGuard';

const isAccess = (value: Access | Refusal): value is Access =>
  value === 'edit' || value === 'read' || value === 'lead' || value === 'phone';

export interface SyncLimits extends SocketLimits {
  /** How long after an edit a room is written to disk (Hocuspocus `debounce`), in ms. */
  storeDebounceMs: number;
}

/** What each socket brings to the Hocuspocus hooks, as their `context`. */
interface SocketContext {
  guard: SocketGuard;
}

const guardOf = (context: unknown) => (context as SocketContext).guard;

/**
 * Hocuspocus for the rooms: a room's document name is its id; a client authenticates with the
 * room's edit token (read-write) or read token (read-only, enforced by Hocuspocus); every
 * message is checked before Hocuspocus applies it, and the documents are stored as files.
 */
export class SyncServer {
  private readonly hocuspocus: Hocuspocus;
  private readonly guards = new Map<WebSocket, SocketGuard>();
  private readonly unloads = new EventEmitter();

  constructor(
    private readonly rooms: RoomStore,
    documents: DocumentStore,
    private readonly limits: SyncLimits,
  ) {
    this.hocuspocus = new Hocuspocus({
      name: 'apv-dialog',
      quiet: true,
      debounce: limits.storeDebounceMs,
      extensions: [
        new Database({
          fetch: ({ documentName }) => documents.fetch(documentName),
          store: ({ documentName, state }) => documents.store(documentName, state),
        }),
      ],
      onAuthenticate: async ({ token, documentName, connectionConfig, context }) => {
        const guard = guardOf(context);
        if (!guard.open) throw new RefusedError(Refusal.forbidden);
        const access = await this.rooms.access(documentName, token);
        if (!isAccess(access)) {
          // Hocuspocus answers with a permission-denied message carrying the reason; the socket
          // is closed right after it, so a refused client cannot queue messages here.
          setTimeout(() => guard.refuse(refusedClose(access)), 0);
          throw new RefusedError(access);
        }
        connectionConfig.readOnly = access === 'read';
        if (access === 'phone') guard.phoneRooms.add(documentName);
        guard.authenticated = true;
      },
      connected: async ({ documentName, context }) => {
        // The room may have been revoked while this connection was being set up.
        if (!this.rooms.isLive(documentName))
          guardOf(context).refuse(refusedClose(Refusal.revoked));
      },
      beforeHandleMessage: async ({ context, update, documentName, document }) => {
        const guard = guardOf(context);
        // The guard checked the message when it arrived, and may have refused the socket for it.
        if (guard.drops(update)) throw new Error('refused message');
        // A phone may only add entries of its own to the room as it is now.
        if (guard.phoneRooms.has(documentName) && !phoneMayWrite(update, document)) {
          guard.refuse(invalidMessageClose);
          throw new Error('refused phone message');
        }
      },
      afterUnloadDocument: async () => {
        this.unloads.emit('unload');
      },
    });
  }

  /** Takes over a client socket upgraded on the sync path. */
  handle(socket: WebSocket, request: IncomingMessage): void {
    const guard = new SocketGuard(socket, this.limits);
    this.guards.set(socket, guard);
    // ws emits 'error' for a frame over maxPayload (then closes with 1009), among others.
    socket.on('error', (error) => console.error('[sync] socket error:', error.message));
    socket.once('close', () => this.guards.delete(socket));
    this.hocuspocus.handleConnection(socket, request, { guard } satisfies SocketContext);
  }

  /** Refuses every socket connected to `room`. */
  refuseRoom(room: string, close: Close): void {
    for (const socket of this.hocuspocus.documents.get(room)?.connections.keys() ?? []) {
      this.guards.get(socket)?.refuse(close);
    }
  }

  /** Closes every socket, and resolves once every room is stored and unloaded. */
  async closeAll(close: Close): Promise<void> {
    const closed = [...this.guards.values()].map((guard) => {
      const done = once(guard.socket, 'close');
      guard.close(close);
      return done;
    });
    await Promise.all(closed);
    while (this.hocuspocus.getDocumentsCount() > 0) await once(this.unloads, 'unload');
  }
}
