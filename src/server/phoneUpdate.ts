import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { EVENTS_MAP } from './eventsUpdate';
import { MessageType } from './syncMessage';

/** Keys a phone may add to a meeting room's map: its own entries, never the leader's `view`. */
export const PHONE_KEY_PREFIX = 'p.';

type DeleteRanges = Map<number, { clock: number; len: number }[]>;

/** The ranges `ds` deletes, per client, as Yjs's DeleteSet holds them. */
const rangesOf = (ds: unknown): DeleteRanges => (ds as { clients: DeleteRanges }).clients;

/** True when every clock of [clock, clock + len) is in `deleted` (sorted, merged ranges). */
function covered(deleted: { clock: number; len: number }[], clock: number, len: number): boolean {
  let from = clock;
  for (const range of deleted) {
    if (range.clock <= from && from < range.clock + range.len) from = range.clock + range.len;
    if (from >= clock + len) return true;
  }
  return from >= clock + len;
}

/**
 * Whether a phone's Yjs update (v1) to a meeting room only adds entries: every item is a new
 * key under `p.` in the `events` map (an overwrite names the old item as its origin instead of
 * its parent, so it fails here), no key the room already holds, and it deletes nothing the room
 * has not deleted already (a phone's sync step repeats the leader's deletions). The shape and
 * size limits are `isEventsUpdate`'s, checked when the message arrived.
 */
export function isPhoneUpdate(update: Uint8Array, doc: Y.Doc): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return false;
  }
  const events = doc.getMap(EVENTS_MAP);
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  const adds = decoded.structs.every((struct) => {
    if (struct instanceof Y.Skip) return true;
    // Already in the room (a repeated sync step): Yjs skips it.
    if (struct.id.clock + struct.length <= (known.get(struct.id.client) ?? 0)) return true;
    if (!(struct instanceof Y.Item)) return false;
    const key = struct.parentSub;
    // In a decoded update a root parent is its name (see `isEventsUpdate`).
    const parent: unknown = struct.parent;
    return (
      parent === EVENTS_MAP &&
      typeof key === 'string' &&
      key.startsWith(PHONE_KEY_PREFIX) &&
      !events.has(key)
    );
  });
  if (!adds) return false;
  const deletes = rangesOf(decoded.ds);
  if (deletes.size === 0) return true;
  const deleted = rangesOf(Y.createDeleteSetFromStructStore(doc.store));
  for (const [client, ranges] of deletes) {
    const own = deleted.get(client) ?? [];
    if (!ranges.every(({ clock, len }) => covered(own, clock, len))) return false;
  }
  return true;
}

/**
 * Whether a phone may send this message (document name, type, payload) to a meeting room:
 * sync steps whose updates only add its own entries, and no presence at all (with hundreds
 * of phones presence would flood the room; the leader counts entries instead).
 */
export function phoneMayWrite(data: Uint8Array, doc: Y.Doc): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.awareness) return false;
    if (type !== MessageType.sync && type !== MessageType.syncReply) return true;
    const step = decoding.readVarUint(decoder);
    if (step === 0) return true;
    return isPhoneUpdate(decoding.readVarUint8Array(decoder), doc);
  } catch {
    return false;
  }
}
