import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ApvProcess } from '../../domain/document';
import type { EventRejection } from '../../domain/events';
import { isRejection } from '../../domain/outcome';
import { appendEntry, emptyLog, insertEntries, type EventLog } from '../../domain/sync/eventLog';
import { hlcSeen, hlcStart, hlcTick, type Hlc } from '../../domain/sync/hlc';
import { entryPayload, makeEntry, readEntry, type LogEntry } from '../../domain/sync/logEntry';
import { SCHEMA_VERSION } from '../../domain/version';
import { clock } from '../clock';
import { engine } from '../engine';
import type { ShareRefusal, ShareStatus } from '../../domain/sync/shareStatus';
import { fromBase64Url, KEY_BYTES, openJson, sealJson, toBase64Url } from './codec';
import { linkPath, type ShareMode } from './links';
import type { ShareRecord } from './records';

/** Keys of the room's map that are not events. */
export const BASE_KEY = 'base';
const READ_TOKEN_KEY = 'readToken';
const PRESENCE = 'presence';
/** Transactions made here, so that the map's observer skips what it already folded. */
const LOCAL = Symbol('local');
const FROM_WINDOW = Symbol('window');

export interface SessionHooks {
  /** The document the log folds to, whenever it changes. */
  documentChanged(doc: ApvProcess): void;
  statusChanged(status: ShareStatus): void;
  /** The room's Yjs state changed: keep `state()` on this device (debounced by the caller). */
  stateChanged(): void;
}

/**
 * One shared process on this device: its room's Yjs document (a map of sealed entries, keyed
 * by entry id), the event log they fold to, the connection to the sync server, and the other
 * windows of this browser (the same Yjs updates over a BroadcastChannel).
 */
export class ShareSession {
  readonly ydoc = new Y.Doc();
  private readonly map = this.ydoc.getMap<Uint8Array>('events');
  private readonly key: Uint8Array;
  private log: EventLog | null = null;
  /** Entries that arrived before the document they apply to. */
  private waiting: LogEntry[] = [];
  private hlc: Hlc;
  private readonly setAside = new Set<string>();
  private provider: HocuspocusProvider | null = null;
  private channel: BroadcastChannel | null = null;
  private status: ShareStatus;
  private readonly people = new Map<
    number,
    { device: string; name: string; editing: string | null }
  >();

  constructor(
    readonly share: ShareRecord,
    private readonly device: string,
    private readonly hooks: SessionHooks,
  ) {
    this.key = fromBase64Url(share.key, KEY_BYTES) ?? new Uint8Array(KEY_BYTES);
    this.hlc = hlcStart(device);
    this.status = {
      mode: share.mode,
      connection: 'connecting',
      refusal: null,
      devices: 1,
      people: [],
      setAside: 0,
      newerVersion: false,
      links: { edit: share.mode === 'edit' ? this.link('edit', share.token) : null, read: null },
    };
    this.map.observe((event, transaction) => {
      if (transaction.origin !== LOCAL) this.take([...event.keysChanged]);
    });
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      hooks.stateChanged();
      if (origin !== FROM_WINDOW) this.channel?.postMessage({ update });
    });
  }

  /** Takes in what this device had saved of the room (not from the constructor: hooks may
   * refer to the session). */
  restore(): void {
    if (this.share.state) this.applyUpdate(this.share.state, FROM_WINDOW);
  }

  /** Everything this device has of the room, as one Yjs update. */
  state(): Uint8Array {
    return Y.encodeStateAsUpdate(this.ydoc);
  }

  get currentStatus(): ShareStatus {
    return this.status;
  }

  get document(): ApvProcess | null {
    return this.log?.doc ?? null;
  }

  /** Starts a room with `doc` as its first document (the device that shares it). */
  seed(doc: ApvProcess, readToken: string): void {
    this.ydoc.transact(() => {
      this.map.set(BASE_KEY, sealJson(this.key, BASE_KEY, { schemaVersion: SCHEMA_VERSION, doc }));
      this.map.set(READ_TOKEN_KEY, sealJson(this.key, READ_TOKEN_KEY, readToken));
    });
    this.take([BASE_KEY, READ_TOKEN_KEY]);
  }

  /** Connects to the server at `url` and to the other windows of this browser. */
  connect(url: string, name: string): void {
    this.channel = new BroadcastChannel(`apv-dialog-room:${this.share.room}`);
    this.channel.onmessage = (e: MessageEvent<unknown>) => {
      const update = (e.data as { update?: unknown } | null)?.update;
      if (update instanceof Uint8Array) this.applyUpdate(update, FROM_WINDOW);
    };
    this.channel.postMessage({ update: Y.encodeStateAsUpdate(this.ydoc) });
    this.provider = new HocuspocusProvider({
      url,
      name: this.share.room,
      document: this.ydoc,
      token: this.share.token,
      onStatus: ({ status }) => {
        if (this.status.connection === 'refused') return;
        if (status === WebSocketStatus.Disconnected) this.update({ connection: 'offline' });
      },
      onSynced: () => this.update({ connection: 'online' }),
      onAuthenticated: () => this.update({ connection: 'online' }),
      onAuthenticationFailed: ({ reason }) => {
        this.update({ connection: 'refused', refusal: refusalOf(reason) });
        this.provider?.disconnect();
      },
      onAwarenessChange: ({ states }) => this.peopleChanged(states),
    });
    this.presence(name, null);
    // The browser knows before the socket does: go offline at once, and back when it is.
    window.addEventListener('offline', this.wentOffline);
    window.addEventListener('online', this.cameOnline);
  }

  private readonly wentOffline = () => {
    if (this.status.connection === 'refused') return;
    this.provider?.disconnect();
    this.update({ connection: 'offline', devices: 1, people: [] });
  };

  private readonly cameOnline = () => {
    if (this.status.connection === 'refused' || !this.provider) return;
    this.update({ connection: 'connecting' });
    const socket = this.provider.configuration.websocketProvider;
    // The socket closed while offline may not have said so yet; connect once it has.
    if (socket.status !== WebSocketStatus.Connected) return void socket.connect();
    const reconnect = ({ status }: { status: WebSocketStatus }) => {
      if (status !== WebSocketStatus.Disconnected) return;
      socket.off('status', reconnect);
      void socket.connect();
    };
    socket.on('status', reconnect);
    socket.webSocket?.close();
  };

  /** Tells the others who is here and what they are editing (sealed, like everything else). */
  presence(name: string, editing: string | null): void {
    const sealed = sealJson(this.key, PRESENCE, { device: this.device, name, editing });
    this.provider?.setAwarenessField(PRESENCE, toBase64Url(sealed));
  }

  /** Records an event made here: logged, sealed and sent, or refused and not logged. */
  record(raw: unknown): ApvProcess | EventRejection | 'readOnly' {
    if (this.share.mode === 'read') return 'readOnly';
    if (!this.log) return 'unknownProcess';
    const parsed = engine().parseEvent(raw);
    if (!parsed.ok) return 'invalidEvent';
    this.hlc = hlcTick(this.hlc, clock.now().getTime());
    const entry = makeEntry(clock.newId(), this.hlc, parsed.event);
    const next = appendEntry(this.log, entry);
    if (isRejection(next)) return next;
    this.log = next;
    this.ydoc.transact(() => {
      this.map.set(entry.id, sealJson(this.key, entry.id, entryPayload(entry)));
    }, LOCAL);
    return next.doc;
  }

  close(): void {
    window.removeEventListener('offline', this.wentOffline);
    window.removeEventListener('online', this.cameOnline);
    this.provider?.destroy();
    this.channel?.close();
    this.ydoc.destroy();
  }

  private applyUpdate(update: Uint8Array, origin: symbol): void {
    try {
      Y.applyUpdate(this.ydoc, update, origin);
    } catch (error) {
      console.warn(error);
      this.countSetAside(`update:${this.setAside.size}`);
    }
  }

  /** Opens, checks and folds in what arrived under `keys`. */
  private take(keys: string[]): void {
    const arrived: LogEntry[] = [];
    for (const key of keys) {
      if (this.status.refusal === 'wrongKey') return;
      const sealed = this.map.get(key);
      if (sealed === undefined || this.log?.ids.has(key) || this.setAside.has(key)) continue;
      if (key === BASE_KEY) this.takeBase(sealed);
      else if (key === READ_TOKEN_KEY) this.takeReadToken(sealed);
      else {
        const read = readEntry(key, openJson(this.key, key, sealed));
        if (read.ok) arrived.push(read.entry);
        else {
          if (read.problem === 'newerVersion') this.update({ newerVersion: true });
          this.countSetAside(key);
        }
      }
    }
    for (const entry of arrived) this.hlc = hlcSeen(this.hlc, entry.hlc);
    if (!this.log) {
      this.waiting.push(...arrived);
      return;
    }
    if (arrived.length === 0) return;
    const before = this.log.doc;
    this.log = insertEntries(this.log, arrived);
    if (this.log.doc !== before) this.hooks.documentChanged(this.log.doc);
  }

  private takeBase(sealed: Uint8Array): void {
    if (this.log) return;
    const opened = openJson(this.key, BASE_KEY, sealed) as {
      schemaVersion?: unknown;
      doc?: unknown;
    } | null;
    if (typeof opened?.schemaVersion === 'number' && opened.schemaVersion > SCHEMA_VERSION) {
      this.update({ newerVersion: true });
      return;
    }
    const loaded = opened ? engine().loadProcess(opened.doc) : null;
    if (!loaded?.ok) {
      this.countSetAside(BASE_KEY);
      this.update({ connection: 'refused', refusal: 'wrongKey' });
      this.provider?.disconnect();
      return;
    }
    this.log = insertEntries(emptyLog(loaded.process), this.waiting);
    this.waiting = [];
    this.hooks.documentChanged(this.log.doc);
  }

  private takeReadToken(sealed: Uint8Array): void {
    const token = openJson(this.key, READ_TOKEN_KEY, sealed);
    if (typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)) {
      this.update({ links: { ...this.status.links, read: this.link('read', token) } });
    } else this.countSetAside(READ_TOKEN_KEY);
  }

  private link(mode: ShareMode, token: string): string {
    return linkPath({ mode, room: this.share.room, token, key: this.key });
  }

  private countSetAside(key: string): void {
    this.setAside.add(key);
    console.warn(`A shared entry was set aside: ${key.slice(0, 70)}`);
    this.update({ setAside: this.setAside.size });
  }

  private peopleChanged(states: { clientId: number; [key: string]: unknown }[]): void {
    this.people.clear();
    for (const state of states) {
      const sealed = state[PRESENCE];
      const bytes = typeof sealed === 'string' ? fromBase64Url(sealed) : null;
      const opened = openPresence(openJson(this.key, PRESENCE, bytes));
      if (opened) this.people.set(state.clientId, opened);
    }
    const devices = new Set([this.device, ...[...this.people.values()].map((p) => p.device)]);
    const people = [...this.people.values()]
      .filter((p) => p.device !== this.device)
      .map(({ name, editing }) => ({ name, editing }));
    this.update({ devices: devices.size, people });
  }

  private update(change: Partial<ShareStatus>): void {
    this.status = { ...this.status, ...change };
    this.hooks.statusChanged(this.status);
  }
}

function openPresence(
  value: unknown,
): { device: string; name: string; editing: string | null } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { device, name, editing } = value as Record<string, unknown>;
  if (typeof device !== 'string' || typeof name !== 'string') return null;
  return {
    device: device.slice(0, 40),
    name: name.slice(0, 60),
    editing: typeof editing === 'string' ? editing.slice(0, 120) : null,
  };
}

function refusalOf(reason: string): ShareRefusal {
  if (reason.includes('unknown-room')) return 'unknownRoom';
  if (reason.includes('revoked')) return 'revoked';
  if (reason.includes('forbidden')) return 'forbidden';
  return 'other';
}
