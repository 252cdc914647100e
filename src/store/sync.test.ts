import { describe, expect, it } from 'vitest';
import { createProcess } from '../domain/document';
import { applyEvent } from '../domain/events';
import type { ProcessEvent } from '../domain/events';
import { ok } from '../domain/testing/ok';
import { receive } from './sync';
import { useAppStore } from './store';
import type { SyncMessage } from './syncMessages';

const base = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });
const noReply = () => {};

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
      { kind: 'event', processId: 'p1', event: eventB, at: '2026-11-25T10:00:01.000Z' },
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
    receive({ kind: 'hello' }, (m) => replies.push(m));
    expect(replies).toEqual([{ kind: 'snapshot', processes: [base] }]);

    const older = { ...base, name: 'Gammel', updatedAt: '2020-01-01T00:00:00.000Z' };
    receive({ kind: 'snapshot', processes: [older] }, noReply);
    expect(useAppStore.getState().processes.p1?.name).toBe('Solsikken');
    const newer = { ...base, name: 'Ny', updatedAt: '2030-01-01T00:00:00.000Z' };
    receive({ kind: 'snapshot', processes: [newer] }, noReply);
    expect(useAppStore.getState().processes.p1?.name).toBe('Ny');
  });

  it('follows creations and deletions in other windows', () => {
    useAppStore.setState({ hydrated: true, processes: {} });
    receive({ kind: 'put', processes: [base] }, noReply);
    expect(useAppStore.getState().processes.p1).toEqual(base);
    receive({ kind: 'delete', id: 'p1' }, noReply);
    expect(useAppStore.getState().processes).toEqual({});
  });

  it('leaves out documents of another schema version, from a window running another version', () => {
    useAppStore.setState({ hydrated: true, processes: { p1: base } });
    const old = {
      ...base,
      schemaVersion: 4,
      name: 'Gammel',
      updatedAt: '2030-01-01T00:00:00.000Z',
    };
    receive({ kind: 'snapshot', processes: [old as unknown as typeof base] }, noReply);
    receive({ kind: 'put', processes: [{ ...old, id: 'p2' } as unknown as typeof base] }, noReply);
    expect(useAppStore.getState().processes).toEqual({ p1: base });
  });
});
