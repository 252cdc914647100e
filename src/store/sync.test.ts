import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProcess } from '../domain/document';
import { applyEvent } from '../domain/apply';
import type { ProcessEvent } from '../domain/events';
import { LIMITS } from '../domain/limits';
import { ok } from '../domain/testing/ok';
import { SCHEMA_VERSION } from '../domain/version';
import { receive, startSync } from './sync';
import { initialState, useAppStore } from './store';
import { SYNC_PROTOCOL, stamp, type SyncMessage } from './syncMessages';

const base = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });
const noReply = () => {};
const at = '2026-11-25T10:00:01.000Z';
const renamed: ProcessEvent = { type: 'processRenamed', name: 'Mælkebøtten' };

describe('cross-window sync', () => {
  it('applies another window’s event, so edits of different fields both survive', () => {
    // Window A (this store) and window B start from the same document and edit different fields.
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    const eventA: ProcessEvent = {
      type: 'preparationAnswered',
      question: 'purpose',
      text: 'A skrev',
    };
    const eventB: ProcessEvent = {
      type: 'preparationAnswered',
      question: 'industry',
      text: 'B skrev',
    };
    expect(useAppStore.getState().eventRecorded('p1', eventA)).toEqual({ ok: true });
    let windowB = ok(applyEvent(base, eventB, '2026-11-25T10:00:01.000Z'));
    // Each receives the other's event.
    receive(
      stamp({ kind: 'event', processId: 'p1', event: eventB, at: '2026-11-25T10:00:01.000Z' }),
      noReply,
    );
    windowB = ok(applyEvent(windowB, eventA, '2026-11-25T10:00:02.000Z'));
    const a = useAppStore.getState().processes.p1!;
    expect(a.preparation.answers).toMatchObject({ purpose: 'A skrev', industry: 'B skrev' });
    expect(windowB.preparation.answers).toEqual(a.preparation.answers);
  });

  it('answers a new window with a snapshot and takes only newer copies from one', () => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    const replies: SyncMessage[] = [];
    receive(stamp({ kind: 'hello' }), (m) => replies.push(m));
    expect(replies).toEqual([{ kind: 'snapshot', processes: [base] }]);

    const older = { ...base, name: 'Gammel', updatedAt: '2020-01-01T00:00:00.000Z' };
    receive(stamp({ kind: 'snapshot', processes: [older] }), noReply);
    expect(useAppStore.getState().processes.p1?.name).toBe('Solsikken');
    const newer = { ...base, name: 'Ny', updatedAt: '2030-01-01T00:00:00.000Z' };
    receive(stamp({ kind: 'snapshot', processes: [newer] }), noReply);
    expect(useAppStore.getState().processes.p1?.name).toBe('Ny');
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
      expect(received[0]).toEqual({ kind: 'hello', ...versions });
      expect(received[1]).toMatchObject({ kind: 'event', processId: 'p1', event: renamed });
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
    ...stamp({ kind: 'event', processId: 'p1', event: renamed, at }),
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
    ['an extra key in the envelope', { ...stamp({ kind: 'hello' }), admin: true }, 'unknown key'],
    ['an event time that is not ISO', event(renamed, { at: 'yesterday' }), 'at: not a valid'],
    ['an event for no valid process id', event(renamed, { processId: '' }), 'processId: empty'],
    ['an event without an event', event(undefined), 'event: expected object'],
    ['an unknown kind', { ...stamp({ kind: 'hello' }), kind: 'explode' }, 'unknown kind'],
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
      stamp({ kind: 'snapshot', processes: [withProto as never] }),
      'document 0: unsafeKey',
    ],
    [
      'a document of an older schema version',
      stamp({ kind: 'snapshot', processes: [v4Document as never] }),
      'schema version 4',
    ],
    [
      'documents that are no list',
      { ...stamp({ kind: 'put', processes: [] }), processes: {} },
      'list',
    ],
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
    receive({ ...stamp({ kind: 'hello' }), ...newer }, (m) => replies.push(m));
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
    receive({ ...stamp({ kind: 'hello' }), ...older }, (m) => replies.push(m));
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
