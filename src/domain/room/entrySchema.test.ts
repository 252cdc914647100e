import { describe, expect, it } from 'vitest';
import { entryKey, signedText } from './entry';
import { readPhoneEntry, type Verify } from './entrySchema';
import { ROOM_PROTOCOL } from './view';

const participant = `${'Q'.repeat(42)}A`;
/** Stands in for Ed25519 here (the store's tests sign for real): a "signature" names its text. */
const sigFor = (text: string, who: string) => {
  let hash = 7;
  for (const c of `${who}\n${text}`) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return hash.toString(36).padEnd(86, 'x');
};
const verify: Verify = (sig, text, who) => sig === sigFor(text, who);

const key = entryKey(participant, 3, 'abcd');
const signed = (body: unknown, k = key) => {
  const text = JSON.stringify(body);
  return { body: text, sig: sigFor(signedText(k, text), participant) };
};
const wish = {
  protocol: 1,
  seq: 3,
  entry: { kind: 'wish', step: 'm1-brainstorm', group: 2, text: 'Ro' },
};

describe('reading a phone entry', () => {
  it('reads a signed entry in the schema', () => {
    expect(readPhoneEntry(key, signed(wish), verify)).toEqual({
      ok: true,
      arrival: { key, participant, seq: 3, entry: wish.entry },
    });
  });

  it.each([
    { kind: 'choice', step: 'm2-priority', group: 1, wishIds: ['w1', 'w2'] },
    { kind: 'groupProposal', step: 'm2-priority', group: 4, wishId: 'w1', text: 'Mere ro' },
    { kind: 'interest', step: 'm2-action', wishId: null },
    { kind: 'actionProposal', step: 'm2-action', wishId: 'w1', heading: 'leader', text: '🙂' },
  ])("reads meeting 2's $kind", (entry) => {
    const read = readPhoneEntry(key, signed({ ...wish, entry }), verify);
    expect(read).toEqual({ ok: true, arrival: { key, participant, seq: 3, entry } });
  });

  it.each([
    ['a key of another form', 'view', signed(wish), 'badKey'],
    ['nothing that opened', key, null, 'notSealed'],
    [
      'a signature for another key',
      key,
      signed(wish, entryKey(participant, 4, 'abcd')),
      'badSignature',
    ],
    [
      'a fourth mark slot',
      key,
      signed({ ...wish, entry: { kind: 'mark', step: 's', slot: 3, wishId: 'w' } }),
      'invalid',
    ],
    ['a sequence number that is not the key’s', key, signed({ ...wish, seq: 4 }), 'invalid'],
    [
      'a text over the limit',
      key,
      signed({ ...wish, entry: { ...wish.entry, text: 'x'.repeat(2000) } }),
      'invalid',
    ],
    [
      'an unknown field',
      key,
      signed({ ...wish, entry: { ...wish.entry, admin: true } }),
      'invalid',
    ],
    ['a later protocol', key, signed({ ...wish, protocol: ROOM_PROTOCOL + 1 }), 'newerVersion'],
    [
      'a group choosing three wishes',
      key,
      signed({ ...wish, entry: { kind: 'choice', step: 's', group: 1, wishIds: ['a', 'b', 'c'] } }),
      'invalid',
    ],
    [
      'a proposal under no heading of the method',
      key,
      signed({
        ...wish,
        entry: { kind: 'actionProposal', step: 's', wishId: 'w', heading: 'owner', text: 'x' },
      }),
      'invalid',
    ],
    [
      'an empty proposal',
      key,
      signed({
        ...wish,
        entry: { kind: 'groupProposal', step: 's', group: 1, wishId: 'w', text: '' },
      }),
      'invalid',
    ],
  ])('refuses %s', (_name, k, opened, problem) => {
    expect(readPhoneEntry(k, opened, verify)).toEqual({ ok: false, problem });
  });
});
