import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProcess } from '../domain/document';
import type { ProcessEvent } from '../domain/events';
import { LIMITS } from '../domain/limits';
import { SCHEMA_VERSION } from '../domain/version';
import { encodeHlc } from '../domain/sync/hlc';
import { clock } from './clock';
import { receive, startSync } from './sync';
import { windowId } from './windowLogs';
import { changedElsewhere, initialState, useAppStore } from './store';
import { SYNC_PROTOCOL, stamp, type SyncMessage } from './syncMessages';

const base = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });
const noReply = () => {};
const at = '2026-11-25T10:00:01.000Z';
const renamed: ProcessEvent = { type: 'processRenamed', name: 'Mælkebøtten' };

const otherWindow = 'window-bbbb-0001';
let entryCount = 0;
/** An entry from another window, as it arrives on the channel. */
function entryFrom(
  event: ProcessEvent,
  wall = Date.parse(at),
  device = otherWindow,
): SyncMessage & { kind: 'event' } {
  const hlc = encodeHlc({ wall, counter: 0, device });
  return { kind: 'event', processId: 'p1', id: `entry-${++entryCount}-x`, hlc, event };
}
/** The entry of an event message, as a snapshot lists it. */
const wire = ({ kind: _kind, ...entry }: SyncMessage & { kind: 'event' }) => entry;
const answer = (text: string): ProcessEvent => ({
  type: 'preparationAnswered',
  question: 'purpose',
  text,
});

describe('cross-window sync', () => {
  it('applies another window’s entry, so edits of different fields both survive', () => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    const eventA: ProcessEvent = answer('A skrev');
    const eventB: ProcessEvent = {
      type: 'preparationAnswered',
      question: 'industry',
      text: 'B skrev',
    };
    expect(useAppStore.getState().eventRecorded('p1', eventA)).toEqual({ ok: true });
    receive(stamp(entryFrom(eventB)), noReply);
    const a = useAppStore.getState().processes.p1!;
    expect(a.preparation.answers).toMatchObject({ purpose: 'A skrev', industry: 'B skrev' });
  });

  it('folds a race on one field in clock order, whichever entry arrives last', () => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    const now = clock.now().getTime();
    // Another window's edit a second earlier arrives after ours: ours stays.
    useAppStore.getState().eventRecorded('p1', answer('Vores'));
    receive(stamp(entryFrom(answer('Deres, før'), now - 1000)), noReply);
    expect(useAppStore.getState().processes.p1?.preparation.answers.purpose).toBe('Vores');
    // One a second later wins, and the store says it came from elsewhere.
    receive(stamp(entryFrom(answer('Deres, efter'), now + 1000)), noReply);
    expect(useAppStore.getState().processes.p1?.preparation.answers.purpose).toBe('Deres, efter');
    expect(changedElsewhere()).toBe(true);
  });

  it('answers a new window’s hello with its log, and takes only the answer to its own', () => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    useAppStore.getState().eventRecorded('p1', renamed);
    const replies: SyncMessage[] = [];
    receive(stamp({ kind: 'hello', from: otherWindow }), (m) => replies.push(m));
    expect(replies).toEqual([
      {
        kind: 'snapshot',
        to: otherWindow,
        processes: [base],
        entries: [expect.objectContaining({ processId: 'p1', event: renamed })],
      },
    ]);

    const theirs = { ...base, name: 'Deres' };
    const snapshot = (to: string): SyncMessage => ({
      kind: 'snapshot',
      to,
      processes: [theirs],
      entries: [],
    });
    receive(stamp(snapshot(otherWindow)), noReply);
    expect(useAppStore.getState().processes.p1?.name).toBe('Mælkebøtten');
    receive(stamp(snapshot(windowId)), noReply);
    // Their base, with the rename this window logged since it opened folded on to it.
    expect(useAppStore.getState().processes.p1?.name).toBe('Mælkebøtten');
    expect(useAppStore.getState().processes.p1?.createdAt).toBe(theirs.createdAt);
  });

  it('follows creations and deletions in other windows', () => {
    useAppStore.setState({ hydrated: true, processes: {} });
    receive(stamp({ kind: 'put', processes: [base] }), noReply);
    expect(useAppStore.getState().processes.p1).toEqual(base);
    receive(stamp({ kind: 'delete', id: 'p1' }), noReply);
    expect(useAppStore.getState().processes).toEqual({});
  });

  it('stamps what it sends with the schema and protocol versions', async () => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    const other = new BroadcastChannel('apv-dialog-sync');
    const received: unknown[] = [];
    const arrived = new Promise<void>((resolve) => {
      other.onmessage = (e: MessageEvent<unknown>) => {
        received.push(e.data);
        if (received.length === 2) resolve();
      };
    });
    const stop = startSync();
    try {
      useAppStore.getState().eventRecorded('p1', renamed);
      await arrived;
      const versions = { protocol: SYNC_PROTOCOL, schemaVersion: SCHEMA_VERSION };
      expect(received[0]).toEqual({ kind: 'hello', from: windowId, ...versions });
      expect(received[1]).toMatchObject({ kind: 'event', processId: 'p1', event: renamed });
      expect(received[1]).toMatchObject({ id: expect.any(String), hlc: expect.any(String) });
      expect(received[1]).toMatchObject(versions);
    } finally {
      stop();
      other.close();
    }
  });
});

describe('messages another window cannot have meant', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => useAppStore.setState(initialState));

  const event = (e: unknown, rest: Record<string, unknown> = {}) => ({
    ...stamp(entryFrom(renamed)),
    event: e,
    ...rest,
  });
  const hugeText = 'x'.repeat(LIMITS.longText + 1);
  const v4Document = { ...base, schemaVersion: 4, updatedAt: '2030-01-01T00:00:00.000Z' };
  const withProto = JSON.parse(
    JSON.stringify({ ...base, updatedAt: '2030-01-01T00:00:00.000Z' }).replace(
      '"people":{',
      '"people":{"__proto__":{"polluted":true},',
    ),
  ) as unknown;
  const brokenDocument = { ...base, name: 42, updatedAt: '2030-01-01T00:00:00.000Z' };

  const cases: [string, unknown, string][] = [
    ['an unknown event type', event({ type: 'wishesBurned', wishId: 'a' }), 'type: unknown type'],
    ['an event without a field', event({ type: 'processRenamed' }), 'name: expected string'],
    ['an event of the wrong type', event({ type: 'processRenamed', name: 7 }), 'expected string'],
    ['an event with a huge string', event({ type: 'processRenamed', name: hugeText }), 'longer'],
    [
      'a `__proto__` key in the event',
      event(JSON.parse('{"type":"processRenamed","name":"x","__proto__":{"polluted":true}}')),
      'unknown key __proto__',
    ],
    [
      'a `__proto__` key in the envelope',
      JSON.parse(
        JSON.stringify(stamp({ kind: 'delete', id: 'p1' })).replace('{', '{"__proto__":{},'),
      ),
      'unknown key __proto__',
    ],
    [
      'an extra key in the envelope',
      { ...stamp({ kind: 'hello', from: otherWindow }), admin: true },
      'unknown key',
    ],
    ['an entry clock that is not one', event(renamed, { hlc: 'yesterday' }), 'no valid clock'],
    ['an entry without a valid id', event(renamed, { id: 'x' }), 'event: no valid id'],
    ['an old-style event with a time', event(renamed, { at }), 'unknown key at'],
    ['an event for no valid process id', event(renamed, { processId: '' }), 'processId: empty'],
    ['an event without an event', event(undefined), 'event: expected object'],
    [
      'an unknown kind',
      { ...stamp({ kind: 'hello', from: otherWindow }), kind: 'explode' },
      'unknown kind',
    ],
    ['not an object', 'hello', 'not an object'],
    ['null', null, 'not an object'],
    [
      'versions that are not numbers',
      { kind: 'hello', protocol: '1', schemaVersion: 5 },
      'version',
    ],
    ['a NaN version', { kind: 'hello', protocol: 1, schemaVersion: Number.NaN }, 'version'],
    [
      'a malformed document',
      stamp({ kind: 'put', processes: [brokenDocument as never] }),
      'invalid at name',
    ],
    [
      'a `__proto__` key in a document',
      stamp({ kind: 'snapshot', to: windowId, processes: [withProto as never], entries: [] }),
      'document 0: unsafeKey',
    ],
    [
      'a document of an older schema version',
      stamp({ kind: 'snapshot', to: windowId, processes: [v4Document as never], entries: [] }),
      'schema version 4',
    ],
    [
      'documents that are no list',
      { ...stamp({ kind: 'put', processes: [] }), processes: {} },
      'list',
    ],
    [
      'a snapshot with a bad entry',
      stamp({
        kind: 'snapshot',
        to: windowId,
        processes: [],
        entries: [{ ...wire(entryFrom(renamed)), event: { type: 'nope' } } as never],
      }),
      'entry 0: event.type: unknown type',
    ],
    ['a hello from no valid window', { ...stamp({ kind: 'hello', from: 'x' }) }, 'no valid window'],
    ['a delete without a valid id', { ...stamp({ kind: 'delete', id: 'p1' }), id: 7 }, 'id'],
  ];

  it.each(cases)('changes nothing for %s, and reports it', (_name, raw, reason) => {
    const before = useAppStore.getState().processes;
    receive(raw, noReply);
    const { processes, sync } = useAppStore.getState();
    expect(processes).toBe(before);
    expect(sync).toEqual({ newerVersion: false, rejected: 1, lastRejection: expect.any(String) });
    expect(sync.lastRejection).toContain(reason);
    expect(warn).toHaveBeenCalledOnce();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts every refused message and still applies a valid one after them', () => {
    receive(event({ type: 'nope' }), noReply);
    receive('junk', noReply);
    receive(event(renamed), noReply);
    const { processes, sync } = useAppStore.getState();
    expect(sync.rejected).toBe(2);
    expect(processes.p1?.name).toBe('Mælkebøtten');
    expect(processes.p1?.updatedAt).toBe(at);
  });

  it('takes a copy of a valid document, not the sender’s object', () => {
    const sent = { ...base, name: 'Ny', updatedAt: '2030-01-01T00:00:00.000Z' };
    receive(stamp({ kind: 'put', processes: [sent] }), noReply);
    expect(useAppStore.getState().processes.p1).toEqual(sent);
    expect(useAppStore.getState().processes.p1).not.toBe(sent);
  });

  it.each([
    ['schema', { schemaVersion: SCHEMA_VERSION + 1 }],
    ['protocol', { protocol: SYNC_PROTOCOL + 1 }],
  ])('applies nothing from a window on a newer %s version and asks for a reload', (_, newer) => {
    const before = useAppStore.getState().processes;
    const replies: SyncMessage[] = [];
    // A newer window may send events this version has never heard of.
    receive(event({ type: 'futureEvent', payload: 1 }, newer), (m) => replies.push(m));
    receive(event(renamed, newer), (m) => replies.push(m));
    receive({ ...stamp({ kind: 'hello', from: otherWindow }), ...newer }, (m) => replies.push(m));
    const { processes, sync } = useAppStore.getState();
    expect(processes).toBe(before);
    expect(sync).toEqual({ newerVersion: true, rejected: 0, lastRejection: null });
    expect(replies).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('ignores a window on an older version, and answers its hello so that it reloads', () => {
    const before = useAppStore.getState().processes;
    const replies: SyncMessage[] = [];
    const older = { schemaVersion: SCHEMA_VERSION - 1 };
    receive(event(renamed, older), (m) => replies.push(m));
    receive(
      { ...stamp({ kind: 'put', processes: [] }), ...older, processes: [v4Document] },
      noReply,
    );
    receive({ ...stamp({ kind: 'hello', from: otherWindow }), ...older }, (m) => replies.push(m));
    // A window from before messages carried versions.
    receive({ kind: 'event', processId: 'p1', event: renamed, at }, (m) => replies.push(m));
    receive({ kind: 'hello' }, (m) => replies.push(m));
    const { processes, sync } = useAppStore.getState();
    expect(processes).toBe(before);
    expect(sync).toEqual({ newerVersion: false, rejected: 0, lastRejection: null });
    expect(replies).toEqual([{ kind: 'version' }, { kind: 'version' }]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('an older window that hears our answer asks its user to reload', () => {
    // What a window of this version receives from a newer one answering its hello.
    receive(
      { kind: 'version', protocol: SYNC_PROTOCOL, schemaVersion: SCHEMA_VERSION + 1 },
      noReply,
    );
    expect(useAppStore.getState().sync.newerVersion).toBe(true);
  });
});
