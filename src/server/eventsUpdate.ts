import * as Y from 'yjs';

/** The one shared type of a room's document: event id → ciphertext. */
export const EVENTS_MAP = 'events';

export interface UpdateLimits {
  /** Largest ciphertext one event may hold, in bytes. */
  maxValueBytes: number;
  /** Longest event id (a map key), in characters. */
  maxKeyLength: number;
}

/**
 * Whether a Yjs update (v1) only sets entries of the `events` map to binary values within the
 * limits, or deletes. Checked on the encoded structs, without applying anything: an entry
 * either names its parent (it must be the root `events` with a key), or continues an item it
 * names as its origin, whose parent it takes, and every item the server holds passed this check.
 */
export function isEventsUpdate(update: Uint8Array, limits: UpdateLimits): boolean {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    ({ structs } = Y.decodeUpdate(update));
  } catch {
    return false;
  }
  return structs.every((struct) => {
    if (struct instanceof Y.GC || struct instanceof Y.Skip) return true;
    if (!(struct instanceof Y.Item)) return false;
    // In a decoded update a root parent is its name; a nested type's parent would be an ID.
    const parent: unknown = struct.parent;
    const placed =
      parent === null
        ? struct.origin !== null || struct.rightOrigin !== null
        : parent === EVENTS_MAP &&
          typeof struct.parentSub === 'string' &&
          struct.parentSub.length <= limits.maxKeyLength;
    if (!placed) return false;
    const { content } = struct;
    if (content instanceof Y.ContentDeleted) return true;
    return content instanceof Y.ContentBinary && content.content.length <= limits.maxValueBytes;
  });
}
