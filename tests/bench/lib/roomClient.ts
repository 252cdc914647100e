/** A room client as the load bench's leader and phones use it: its own socket, no presence. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function client(wsUrl: string, room: string, token: string) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    awareness: null,
  });
  provider.attach();
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return { doc, map: doc.getMap<Uint8Array>('events'), provider, socket, synced };
}
