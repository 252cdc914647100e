import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { ApvProcess } from '../../domain/document';
import {
  roomContextOf,
  roomViewOf,
  stepContextOf,
  type RoomControl,
} from '../../domain/room/buildView';
import { readPhoneEntry } from '../../domain/room/entrySchema';
import { ENTRY_PREFIX } from '../../domain/room/entry';
import {
  emptyLedger,
  interestTotals,
  phonesIn,
  slotTotals,
  takeAside,
  takeEntry,
  type AsideEntry,
  type RoomLedger,
  type Verdict,
} from '../../domain/room/ledger';
import { phoneInterestEvents } from '../../domain/room/phoneInterest';
import { phoneMarkEvents } from '../../domain/room/phoneMarks';
import type { ProcessEvent } from '../../domain/events';
import { clock } from '../clock';
import { useAppStore } from '../store';
import { fromBase64Url, KEY_BYTES, openJson, sealJson } from '../share/codec';
import type { RoomRecord } from './roomRecords';
import { verifyPhone } from './verify';

/** The leader's key in the room's map: the view the phones see. */
export const VIEW_KEY = 'view';
const LOCAL = Symbol('local');
/** The view goes out at most this often while entries pour in (each accepted wish changes it). */
const PUBLISH_EVERY_MS = 400;

export type RoomConnection = 'connecting' | 'online' | 'offline' | 'refused';

/** What the controller shows of the room. */
export interface RoomStatus {
  control: RoomControl;
  connection: RoomConnection;
  /** Phones that joined (participants: two phones of one person are two). */
  phones: number;
  /** Participants with an accepted entry, per step id. */
  tookPart: Record<string, number>;
  /** Entries kept aside: late or refused, newest last. */
  aside: readonly AsideEntry[];
  /** Values in the room that are no entry: wrong key, bad signature, malformed. */
  unreadable: number;
  /** Phone marks the process did not take (e.g. more than the room has). */
  marksRefused: number;
}

export interface LeaderRoomHooks {
  statusChanged(status: RoomStatus): void;
  /** The record changed (verdicts, control, the Yjs state): keep it (debounced by the caller). */
  recordChanged(): void;
}

/**
 * The leader's side of a meeting room: publishes the view for the current step, and takes the
 * phones' entries through the domain's checks into the process as ordinary events.
 */
export class LeaderRoom {
  /** The room's Yjs document; the provider syncs it (tests apply the phones' updates to it). */
  readonly ydoc = new Y.Doc();
  private readonly map = this.ydoc.getMap<Uint8Array>('events');
  private readonly key: Uint8Array;
  private ledger: RoomLedger = emptyLedger();
  private readonly priors: Map<string, Verdict>;
  private readonly unreadable = new Set<string>();
  private marksRefused = 0;
  private provider: HocuspocusProvider | null = null;
  private connection: RoomConnection = 'connecting';
  private lastView = '';
  private publishTimer: ReturnType<typeof setTimeout> | null = null;
  private publishedAt = 0;
  private readonly unsubscribe: () => void;

  constructor(
    readonly record: RoomRecord,
    private readonly hooks: LeaderRoomHooks,
  ) {
    this.key = fromBase64Url(record.key, KEY_BYTES) ?? new Uint8Array(KEY_BYTES);
    this.priors = new Map(record.verdicts);
    if (record.state) Y.applyUpdate(this.ydoc, record.state);
    this.map.observe((event, transaction) => {
      if (transaction.origin !== LOCAL) this.take([...event.keysChanged]);
    });
    this.ydoc.on('update', () => hooks.recordChanged());
    this.take([...this.map.keys()]);
    let last = this.process();
    this.unsubscribe = useAppStore.subscribe((state) => {
      const doc = state.processes[record.processId];
      if (doc && doc !== last) {
        last = doc;
        this.publishSoon();
      }
    });
    this.publish();
  }

  connect(url: string): void {
    this.provider = new HocuspocusProvider({
      url,
      name: this.record.room,
      document: this.ydoc,
      token: this.record.leadToken,
      // The leader publishes no presence either: the room counts entries, not sockets.
      awareness: null,
      onStatus: ({ status }) => {
        if (this.connection !== 'refused' && status === WebSocketStatus.Disconnected) {
          this.setConnection('offline');
        }
      },
      onSynced: () => this.setConnection('online'),
      onAuthenticationFailed: () => this.setConnection('refused'),
    });
  }

  get status(): RoomStatus {
    const tookPart: Record<string, number> = {};
    for (const [step, people] of this.ledger.tookPart) tookPart[step] = people.size;
    return {
      control: this.record.control,
      connection: this.connection,
      phones: phonesIn(this.ledger),
      tookPart,
      aside: this.ledger.aside,
      unreadable: this.unreadable.size,
      marksRefused: this.marksRefused,
    };
  }

  /** The record to keep: control, verdicts and the room's state as they are now. */
  snapshot(): RoomRecord {
    return {
      ...this.record,
      verdicts: [...this.ledger.verdicts],
      state: Y.encodeStateAsUpdate(this.ydoc),
    };
  }

  setControl(control: RoomControl): void {
    this.record.control = control;
    this.publish();
    // A vote opened again brings the marks up to what the phones hold.
    this.reconcileMarks();
    this.changed();
  }

  close(): void {
    this.unsubscribe();
    if (this.publishTimer) clearTimeout(this.publishTimer);
    this.provider?.destroy();
    this.ydoc.destroy();
  }

  private process(): ApvProcess | undefined {
    return useAppStore.getState().processes[this.record.processId];
  }

  /** Publishes now, or once `PUBLISH_EVERY_MS` have passed since the last time. */
  private publishSoon(): void {
    if (this.publishTimer) return;
    const wait = this.publishedAt + PUBLISH_EVERY_MS - clock.now().getTime();
    if (wait <= 0) return this.publish();
    this.publishTimer = setTimeout(() => {
      this.publishTimer = null;
      this.publish();
    }, wait);
  }

  /** Publishes the view when what phones see has changed (not for every tick of the clock). */
  private publish(): void {
    const doc = this.process();
    if (!doc) return;
    const view = roomViewOf(doc, this.record.control, clock.now().getTime());
    const { timer } = view;
    const shape = JSON.stringify({
      ...view,
      timer: timer && {
        running: timer.running,
        left: timer.running ? Math.round((timer.at + timer.remainingMs) / 1000) : timer.remainingMs,
      },
    });
    if (shape === this.lastView) return;
    this.lastView = shape;
    this.publishedAt = clock.now().getTime();
    this.ydoc.transact(() => this.map.set(VIEW_KEY, sealJson(this.key, VIEW_KEY, view)), LOCAL);
  }

  /**
   * The leader takes in an entry kept aside (»Tag med alligevel«), by the rules of its own step
   * but whatever its time; returns how it was decided ('repeated' when it is no longer aside).
   */
  takeAnyway(key: string): Verdict | 'repeated' {
    const doc = this.process();
    const kept = this.ledger.aside.find((a) => a.arrival.key === key);
    if (!doc || !kept) return 'repeated';
    const { entry } = kept.arrival;
    const now = clock.now().getTime();
    const context =
      'step' in entry
        ? stepContextOf(doc, entry.step, now)
        : roomContextOf(doc, this.record.control, now);
    const taken = takeAside(this.ledger, key, context);
    this.ledger = taken.ledger;
    for (const event of taken.events) this.recordEvent(event);
    // The leader chose to count it: a mark counts even when the vote is closed now.
    if (taken.marksChanged) this.reconcileMarks(true);
    if (taken.interestChanged) this.reconcileInterest();
    this.changed();
    return taken.verdict;
  }

  /** Opens, checks and takes in what arrived under `keys`, as one batch. */
  private take(keys: string[]): void {
    const doc = this.process();
    if (!doc) return;
    const contextNow = () =>
      roomContextOf(this.process() ?? doc, this.record.control, clock.now().getTime());
    let context = contextNow();
    let marksChanged = false;
    let interestChanged = false;
    for (const key of keys) {
      if (!key.startsWith(ENTRY_PREFIX) || this.unreadable.has(key)) continue;
      if (this.ledger.verdicts.has(key)) continue;
      const read = readPhoneEntry(key, openJson(this.key, key, this.map.get(key)), verifyPhone);
      if (!read.ok) {
        this.unreadable.add(key);
        continue;
      }
      const taken = takeEntry(this.ledger, read.arrival, context, this.priors.get(key));
      this.ledger = taken.ledger;
      for (const event of taken.events) this.recordEvent(event);
      // A group's choice and its proposals decide the proposals that follow in the batch.
      const { kind } = read.arrival.entry;
      if (taken.events.length > 0 && (kind === 'choice' || kind === 'groupProposal')) {
        context = contextNow();
      }
      marksChanged ||= taken.marksChanged;
      interestChanged ||= taken.interestChanged;
    }
    if (marksChanged) this.reconcileMarks();
    if (interestChanged) this.reconcileInterest();
    this.changed();
  }

  /** Brings meeting 2's phone interest to what the participants chose last. */
  private reconcileInterest(): void {
    const doc = this.process();
    if (!doc) return;
    for (const event of phoneInterestEvents(doc.meeting2, interestTotals(this.ledger))) {
      this.recordEvent(event);
    }
  }

  /** Brings the process's phone marks to what the participants' slots hold, while voting. */
  private reconcileMarks(evenClosed = false): void {
    const doc = this.process();
    if (!doc) return;
    const context = roomContextOf(doc, this.record.control, clock.now().getTime());
    if (context.vote !== 'open' && !evenClosed) return;
    const at = clock.now().toISOString();
    for (const event of phoneMarkEvents(doc.wishes, slotTotals(this.ledger), at)) {
      if (!this.recordEvent(event)) this.marksRefused += 1;
    }
  }

  /** Records an accepted entry's event; one already there (a repeat) changes nothing. */
  private recordEvent(event: ProcessEvent): boolean {
    const outcome = useAppStore.getState().eventRecorded(this.record.processId, event);
    return outcome.ok || outcome.reason === 'duplicateId';
  }

  private setConnection(connection: RoomConnection): void {
    this.connection = connection;
    this.changed();
  }

  private changed(): void {
    this.hooks.statusChanged(this.status);
    this.hooks.recordChanged();
  }
}
