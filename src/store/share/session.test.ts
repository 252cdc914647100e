import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createProcess } from '../../domain/document';
import type { ShareStatus } from '../../domain/sync/shareStatus';
import { toBase64Url, randomKey, sealJson } from './codec';
import type { ShareRecord } from './records';
import { ShareSession } from './session';

const start = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2027-01-01T08:00:00Z') });
const key = toBase64Url(randomKey());
const record = (mode: 'edit' | 'read'): ShareRecord => ({
  processId: 'p1',
  room: 'room-room-room-room-12',
  mode,
  token: 't'.repeat(43),
  key,
  state: null,
});

/** A session with no server: what it would send is read from its Yjs document. */
function device(mode: 'edit' | 'read', id: string) {
  const statuses: ShareStatus[] = [];
  const session = new ShareSession(record(mode), id, {
    documentChanged: () => {},
    statusChanged: (s) => statuses.push(s),
    stateChanged: () => {},
  });
  return { session, statuses };
}
const sync = (from: ShareSession, to: ShareSession) =>
  Y.applyUpdate(to.ydoc, Y.encodeStateAsUpdate(from.ydoc));

describe('a share session', () => {
  it('gives another device the same document from the sealed entries alone', () => {
    const a = device('edit', 'device-aaaa');
    a.session.seed(start, 'r'.repeat(43));
    expect(a.session.record({ type: 'processRenamed', name: 'Mælkebøtten' })).not.toBeTypeOf(
      'string',
    );
    expect(a.session.record({ type: 'participantsSet', count: 34 })).not.toBeTypeOf('string');
    const b = device('edit', 'device-bbbb');
    sync(a.session, b.session);
    expect(b.session.document).toEqual(a.session.document);
    expect(b.session.document?.name).toBe('Mælkebøtten');
    expect(b.statuses.at(-1)?.links.read).toMatch(/^\/delt\/laes\//);
  });

  it('refuses events on a read-only link and events its section refuses, logging neither', () => {
    const a = device('edit', 'device-aaaa');
    a.session.seed(start, 'r'.repeat(43));
    expect(a.session.record({ type: 'processRenamed', name: '   ' })).toBe('emptyName');
    expect(a.session.record({ type: 'noSuchEvent' })).toBe('invalidEvent');
    expect(a.session.ydoc.getMap('events').size).toBe(2); // the start and the read token
    const reader = device('read', 'device-rrrr');
    sync(a.session, reader.session);
    expect(reader.session.record({ type: 'processRenamed', name: 'Nyt navn' })).toBe('readOnly');
    expect(reader.session.document?.name).toBe('Solsikken');
  });

  it('sets aside entries that do not open, are moved, or fail the schema, and applies the rest', () => {
    const a = device('edit', 'device-aaaa');
    a.session.seed(start, 'r'.repeat(43));
    a.session.record({ type: 'processRenamed', name: 'Mælkebøtten' });
    const map = a.session.ydoc.getMap<Uint8Array>('events');
    const [real] = [...map.entries()].filter(([k]) => k !== 'base' && k !== 'readToken');
    const rawKey = Uint8Array.from(atob(key.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    map.set('moved-entry-0001', real![1]);
    map.set('garbage-entry-01', new Uint8Array([1, 2, 3]));
    map.set('wrongkey-entry-1', sealJson(randomKey(), 'wrongkey-entry-1', {}));
    map.set(
      'invalid-entry-01',
      sealJson(rawKey, 'invalid-entry-01', { schemaVersion: 1, hlc: 'x', event: {} }),
    );
    const b = device('edit', 'device-bbbb');
    sync(a.session, b.session);
    expect(b.session.document?.name).toBe('Mælkebøtten');
    expect(b.statuses.at(-1)?.setAside).toBe(4);
  });

  it('tells that the key does not fit when the start does not open', () => {
    const a = device('edit', 'device-aaaa');
    a.session.seed(start, 'r'.repeat(43));
    const stranger = new ShareSession(
      { ...record('edit'), key: toBase64Url(randomKey()) },
      'device-ssss',
      {
        documentChanged: () => {},
        statusChanged: () => {},
        stateChanged: () => {},
      },
    );
    sync(a.session, stranger);
    expect(stranger.document).toBeNull();
    expect(stranger.currentStatus).toMatchObject({ connection: 'refused', refusal: 'wrongKey' });
  });
});
