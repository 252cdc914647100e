import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  entryKey,
  MARK_SLOTS,
  signedText,
  type EntryBody,
  type PhoneEntry,
} from '../domain/room/entry';
import type { ProposalHeading } from '../domain/plan/meeting2Rules';
import { MAX_VIEW_TEXT, readRoomView, ROOM_PROTOCOL, type RoomView } from '../domain/room/view';
import { fromBase64Url, openJson, randomText, sealJson, toBase64Url } from '../store/share/codec';
import type { PhoneLink } from './phoneLink';
import type { Signer } from './signer';

export type PhoneConnection = 'connecting' | 'online' | 'offline' | 'refused' | 'newer';

/** What this phone keeps of a room in localStorage, written in the same task as each entry. */
interface Kept {
  secret: string | null;
  seq: number;
  joined: boolean;
  group: number | null;
  /** This phone's marks per vote step: the wish each of its three slots points at. */
  slots: Record<string, (string | null)[]>;
  /** Meeting 2: the wish this phone burns most for, per step. */
  interest: Record<string, string | null>;
  /** This phone's own Yjs updates, so a reload (even offline) sends what was not sent. */
  updates: string[];
}

export interface PhoneState {
  connection: PhoneConnection;
  view: RoomView | null;
  group: number | null;
  /** This phone's marks in the current vote. */
  slots: (string | null)[];
  /** Meeting 2: the wish this phone burns most for in the current step. */
  interest: string | null;
  /** Entries written here that the server has not confirmed yet. */
  unsent: boolean;
}

const LOCAL = Symbol('local');
const emptySlots = (): (string | null)[] => Array.from({ length: MARK_SLOTS }, () => null);

/** One phone in one meeting room: reads the leader's view, writes signed entries of its own. */
export class PhoneRoom {
  private readonly ydoc = new Y.Doc();
  private readonly map = this.ydoc.getMap<Uint8Array>('events');
  private readonly storeKey: string;
  private kept: Kept;
  private state: PhoneState;
  private provider: HocuspocusProvider | null = null;
  private signer: Promise<Signer> | null = null;

  private readonly listeners = new Set<() => void>();

  constructor(private readonly link: PhoneLink) {
    this.storeKey = `apv-phone:${link.room}`;
    this.kept = this.load();
    for (const update of this.kept.updates) {
      const bytes = fromBase64Url(update);
      if (bytes) Y.applyUpdate(this.ydoc, bytes);
    }
    this.state = {
      connection: 'connecting',
      view: null,
      group: this.kept.group,
      slots: emptySlots(),
      interest: null,
      unsent: false,
    };
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) return;
      this.kept.updates.push(toBase64Url(update));
      this.save();
    });
    this.map.observe((event) => {
      if (event.keysChanged.has('view')) this.readView();
    });
    this.readView();
  }

  connect(url: string): void {
    if (this.provider) return;
    this.provider = new HocuspocusProvider({
      url,
      name: this.link.room,
      document: this.ydoc,
      token: this.link.token,
      // Phones publish no presence: with hundreds of them it would flood the room.
      awareness: null,
      onStatus: ({ status }) => {
        if (status === WebSocketStatus.Disconnected && this.state.connection === 'online') {
          this.update({ connection: 'offline' });
        }
      },
      onSynced: () => this.update({ connection: 'online' }),
      onUnsyncedChanges: ({ number }) => this.update({ unsent: number > 0 }),
      onAuthenticationFailed: () => this.update({ connection: 'refused' }),
    });
    window.addEventListener('offline', () => {
      this.provider?.disconnect();
      this.update({ connection: 'offline' });
    });
    window.addEventListener('online', () => {
      if (this.state.connection === 'refused') return;
      this.update({ connection: 'connecting' });
      void this.provider?.connect();
    });
    // The signing code loads once the page is shown; the first entry waits for it.
    void this.identity().then(() => {
      if (!this.kept.joined) void this.write({ kind: 'joined' });
    });
  }

  get current(): PhoneState {
    return this.state;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  chooseGroup(group: number): void {
    this.kept.group = group;
    this.save();
    this.update({ group });
  }

  /** Adds a strength or a wish for the phone's group in the current step. */
  async addLine(kind: 'strength' | 'wish', text: string): Promise<boolean> {
    const step = this.state.view?.step;
    const group = this.state.group;
    const clean = text.trim().slice(0, MAX_VIEW_TEXT);
    if (!step || group === null || clean === '') return false;
    await this.write({ kind, step: step.id, group, text: clean });
    return true;
  }

  /** Puts one of the phone's three marks on `wishId`; false when all three are placed. */
  async mark(wishId: string): Promise<boolean> {
    const step = this.state.view?.step;
    if (!step || this.state.view?.vote !== 'open') return false;
    const slots = this.slotsFor(step.id);
    const slot = slots.indexOf(null);
    if (slot < 0) return false;
    await this.placeMark(step.id, slot, wishId);
    return true;
  }

  /** Takes one of the phone's marks off `wishId`. */
  async unmark(wishId: string): Promise<void> {
    const step = this.state.view?.step;
    if (!step || this.state.view?.vote !== 'open') return;
    const slot = this.slotsFor(step.id).lastIndexOf(wishId);
    if (slot >= 0) await this.placeMark(step.id, slot, null);
  }

  /** Meeting 2, step 1: the wishes the phone's group chose (one, two for a small group). */
  async chooseWishes(wishIds: string[]): Promise<boolean> {
    const step = this.state.view?.step;
    const group = this.state.group;
    if (!step || group === null || step.task !== 'priority') return false;
    await this.write({ kind: 'choice', step: step.id, group, wishIds });
    return true;
  }

  /**
   * A meeting-2 proposal for `wishId`: the group's (step 1), or under `heading` for the wish
   * the phone burns for (step 2).
   */
  async addProposal(wishId: string, text: string, heading?: ProposalHeading): Promise<boolean> {
    const step = this.state.view?.step;
    const clean = text.trim().slice(0, MAX_VIEW_TEXT);
    if (!step || clean === '') return false;
    if (step.task === 'priority' && this.state.group !== null) {
      const group = this.state.group;
      await this.write({ kind: 'groupProposal', step: step.id, group, wishId, text: clean });
      return true;
    }
    if (step.task !== 'action' || !heading) return false;
    await this.write({ kind: 'actionProposal', step: step.id, wishId, heading, text: clean });
    return true;
  }

  /** Meeting 2, step 2: the wish this phone burns most for (null: none). */
  async chooseInterest(wishId: string | null): Promise<void> {
    const step = this.state.view?.step;
    if (!step || step.task !== 'action') return;
    this.kept.interest = { [step.id]: wishId };
    this.save();
    this.update({ interest: wishId });
    await this.write({ kind: 'interest', step: step.id, wishId });
  }

  private async placeMark(step: string, slot: number, wishId: string | null): Promise<void> {
    const slots = [...this.slotsFor(step)];
    slots[slot] = wishId;
    this.kept.slots = { [step]: slots };
    this.save();
    this.update({ slots });
    await this.write({ kind: 'mark', step, slot, wishId });
  }

  private slotsFor(step: string): (string | null)[] {
    return this.kept.slots[step] ?? emptySlots();
  }

  private identity(): Promise<Signer> {
    this.signer ??= import('./signer').then(({ signerFor }) => {
      const signer = signerFor(this.kept.secret);
      if (this.kept.secret !== signer.secret) {
        this.kept.secret = signer.secret;
        this.save();
      }
      return signer;
    });
    return this.signer;
  }

  /** Signs, seals and adds one entry under a key of its own. */
  private async write(entry: PhoneEntry): Promise<void> {
    const signer = await this.identity();
    this.kept.seq += 1;
    if (entry.kind === 'joined') this.kept.joined = true;
    const key = entryKey(signer.participant, this.kept.seq, randomText(6));
    const body = JSON.stringify({
      protocol: ROOM_PROTOCOL,
      seq: this.kept.seq,
      entry,
    } satisfies EntryBody);
    const sealed = sealJson(this.link.key, key, { body, sig: signer.sign(signedText(key, body)) });
    this.ydoc.transact(() => this.map.set(key, sealed), LOCAL);
  }

  private readView(): void {
    const read = readRoomView(openJson(this.link.key, 'view', this.map.get('view')));
    if (read === 'newer') return this.update({ connection: 'newer' });
    if (!read) return;
    const step = read.step?.id;
    this.update({
      view: read,
      slots: step ? this.slotsFor(step) : emptySlots(),
      interest: (step && this.kept.interest[step]) ?? null,
    });
  }

  private load(): Kept {
    const fresh: Kept = {
      secret: null,
      seq: 0,
      joined: false,
      group: null,
      slots: {},
      interest: {},
      updates: [],
    };
    try {
      const value = JSON.parse(
        localStorage.getItem(this.storeKey) ?? 'null',
      ) as Partial<Kept> | null;
      if (!value || typeof value !== 'object') return fresh;
      return {
        secret: typeof value.secret === 'string' ? value.secret : null,
        seq: Number.isInteger(value.seq) ? (value.seq as number) : 0,
        joined: value.joined === true,
        group: Number.isInteger(value.group) ? (value.group as number) : null,
        slots: typeof value.slots === 'object' && value.slots !== null ? value.slots : {},
        interest:
          typeof value.interest === 'object' && value.interest !== null ? value.interest : {},
        updates: Array.isArray(value.updates)
          ? value.updates.filter((u) => typeof u === 'string')
          : [],
      };
    } catch {
      return fresh;
    }
  }

  private save(): void {
    localStorage.setItem(this.storeKey, JSON.stringify(this.kept));
  }

  private update(change: Partial<PhoneState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
