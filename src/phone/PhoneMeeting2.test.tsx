import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { EntryBody } from '../domain/room/entry';
import { ROOM_PROTOCOL, type RoomView } from '../domain/room/view';
import { phoneDa } from '../i18n/da/phone';
import { phoneMeeting2Da } from '../i18n/da/phoneMeeting2';
import { openJson, randomKey, sealJson, toBase64Url } from '../store/share/codec';
import PhoneMeeting2 from './PhoneMeeting2';
import { PhoneRoom } from './phoneRoom';

const key = randomKey();
const link = { room: 'AAAAAAAAAAAAAAAAAAAAAA', token: 'T'.repeat(43), key };
const m = phoneMeeting2Da;

const view = (task: 'priority' | 'action', extra: Partial<RoomView> = {}): RoomView => ({
  protocol: ROOM_PROTOCOL,
  open: true,
  meeting: 'meeting2',
  step: {
    id: task === 'priority' ? 'm2-priority' : 'm2-action',
    index: task === 'priority' ? 0 : 1,
    count: 3,
    task,
    groups: 4,
  },
  timer: null,
  vote: 'notYet',
  wishes: [
    { id: 'w1', text: 'Ro i pausen', total: null },
    { id: 'w2', text: 'Faste møder', total: null },
  ],
  lines: [],
  choices: [],
  proposals: [],
  ...extra,
});

/** A phone room whose leader has published `published` (as the room's Yjs state it keeps). */
function roomWith(published: RoomView): PhoneRoom {
  const doc = new Y.Doc();
  doc.getMap<Uint8Array>('events').set('view', sealJson(key, 'view', published));
  const update = toBase64Url(Y.encodeStateAsUpdate(doc));
  localStorage.setItem(`apv-phone:${link.room}`, JSON.stringify({ updates: [update] }));
  return new PhoneRoom(link);
}

/** The entries the phone wrote, opened from what it keeps (the Yjs updates it will send). */
function written(): EntryBody['entry'][] {
  const kept = JSON.parse(localStorage.getItem(`apv-phone:${link.room}`) ?? '{}') as {
    updates: string[];
  };
  const doc = new Y.Doc();
  for (const u of kept.updates) {
    const bytes = Uint8Array.from(atob(u.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
    Y.applyUpdate(doc, bytes);
  }
  return [...doc.getMap<Uint8Array>('events').entries()]
    .filter(([k]) => k.startsWith('p.'))
    .map(([k, v]) => JSON.parse((openJson(key, k, v) as { body: string }).body) as EntryBody)
    .sort((a, b) => a.seq - b.seq)
    .map((b) => b.entry);
}

function Page({ room, task }: { room: PhoneRoom; task: 'priority' | 'action' }) {
  const state = useSyncExternalStore(room.subscribe, () => room.current);
  if (!state.view) return null;
  return (
    <PhoneMeeting2
      task={task}
      language="da"
      room={room}
      state={state}
      view={state.view}
      t={phoneDa}
    />
  );
}

afterEach(() => localStorage.clear());

describe("meeting 2's phone views", () => {
  it("lets the group's scribe choose the group's wish: a signed choice for the group", async () => {
    const room = roomWith(view('priority'));
    const user = userEvent.setup();
    render(<Page room={room} task="priority" />);
    await user.selectOptions(screen.getByLabelText(phoneDa.group), '3');
    await user.click(screen.getByRole('button', { name: `${m.chooseWish}: Faste møder` }));
    await waitFor(() =>
      expect(written()).toContainEqual({
        kind: 'choice',
        step: 'm2-priority',
        group: 3,
        wishIds: ['w2'],
      }),
    );
  });

  it('lets a third wish take the place of one without proposals, never of one with them', async () => {
    const wishes = ['Ro i pausen', 'Faste møder', 'Mere tid'].map((text, i) => ({
      id: `w${i + 1}`,
      text,
      total: null,
    }));
    const room = roomWith(
      view('priority', {
        wishes,
        choices: [{ group: 1, wishIds: ['w1', 'w2'] }],
        proposals: [{ wishId: 'w1', text: 'Stille rum', group: 1, heading: null }],
      }),
    );
    room.chooseGroup(1);
    const user = userEvent.setup();
    render(<Page room={room} task="priority" />);
    await user.click(screen.getByText(m.otherWishes));
    expect(screen.getByRole('button', { name: `${m.chooseWish}: Ro i pausen` })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: `${m.chooseWish}: Mere tid` }));
    await waitFor(() =>
      expect(written()).toContainEqual({
        kind: 'choice',
        step: 'm2-priority',
        group: 1,
        wishIds: ['w1', 'w3'],
      }),
    );
  });

  it("writes the group's proposals for its wish, and offers no field after the third", async () => {
    const proposals = ['a', 'b'].map((text) => ({ wishId: 'w1', text, group: 2, heading: null }));
    const room = roomWith(
      view('priority', { choices: [{ group: 2, wishIds: ['w1'] }], proposals }),
    );
    room.chooseGroup(2);
    const user = userEvent.setup();
    const { unmount } = render(<Page room={room} task="priority" />);
    expect(screen.getByText(m.proposalCount(2, 3))).toBeVisible();
    await user.type(screen.getByLabelText(m.proposalLabel), 'Slut til tiden');
    await user.click(screen.getByRole('button', { name: phoneDa.add }));
    await waitFor(() =>
      expect(written()).toContainEqual({
        kind: 'groupProposal',
        step: 'm2-priority',
        group: 2,
        wishId: 'w1',
        text: 'Slut til tiden',
      }),
    );
    unmount();
    const full = [...proposals, { wishId: 'w1', text: 'c', group: 2, heading: null }];
    const done = roomWith(
      view('priority', { choices: [{ group: 2, wishIds: ['w1'] }], proposals: full }),
    );
    done.chooseGroup(2);
    render(<Page room={done} task="priority" />);
    expect(screen.getByText(m.allProposals)).toBeVisible();
    expect(screen.queryByLabelText(m.proposalLabel)).toBeNull();
  });

  it('keeps one wish to burn for, changeable, and writes proposals under the heading chosen', async () => {
    const room = roomWith(view('action'));
    const user = userEvent.setup();
    render(<Page room={room} task="action" />);
    expect(screen.getByText(m.chooseFirst)).toBeVisible();
    const burn = (text: string) => screen.getByRole('button', { name: `${m.burnFor}: ${text}` });
    await user.click(burn('Ro i pausen'));
    await user.click(burn('Faste møder'));
    expect(burn('Faste møder')).toHaveAttribute('aria-pressed', 'true');
    expect(burn('Ro i pausen')).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('radio', { name: m.headings.partners }));
    await user.type(screen.getByLabelText(m.proposalLabel), 'Faste tider for leverancer');
    await user.click(screen.getByRole('button', { name: phoneDa.add }));
    await waitFor(() =>
      expect(written()).toEqual([
        { kind: 'interest', step: 'm2-action', wishId: 'w1' },
        { kind: 'interest', step: 'm2-action', wishId: 'w2' },
        {
          kind: 'actionProposal',
          step: 'm2-action',
          wishId: 'w2',
          heading: 'partners',
          text: 'Faste tider for leverancer',
        },
      ]),
    );
  });
});
