import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { isEventsUpdate, type UpdateLimits } from './eventsUpdate';

/** Hocuspocus message types a client may send (`@hocuspocus/server`'s MessageType). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  syncReply: 4,
  close: 7,
} as const;

/** y-protocols sync steps. */
const SyncStep = { one: 0, two: 1, update: 2 } as const;

function isAwarenessUpdate(update: Uint8Array): boolean {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    JSON.parse(decoding.readVarString(decoder));
  }
  return !decoding.hasContent(decoder);
}

function isSyncMessage(decoder: decoding.Decoder, limits: UpdateLimits): boolean {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (step) {
    case SyncStep.one:
      Y.decodeStateVector(payload);
      return true;
    case SyncStep.two:
    case SyncStep.update:
      return isEventsUpdate(payload, limits);
    default:
      return false;
  }
}

function isAllowedPayload(type: number, decoder: decoding.Decoder, limits: UpdateLimits) {
  switch (type) {
    case MessageType.sync:
    case MessageType.syncReply:
      return isSyncMessage(decoder, limits);
    case MessageType.awareness:
      return isAwarenessUpdate(decoding.readVarUint8Array(decoder));
    case MessageType.auth:
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      return true;
    case MessageType.queryAwareness:
    case MessageType.close:
      return true;
    default:
      return false;
  }
}

/**
 * Reads a message from a client as Hocuspocus receives it (document name, type, payload): its
 * document name and type when it is one the server handles, with a well-formed payload and an
 * update the room allows; otherwise undefined. Stateless and broadcast messages are not used,
 * so they are refused too.
 */
export function readAllowedMessage(
  data: Uint8Array,
  limits: UpdateLimits,
): { documentName: string; type: number } | undefined {
  try {
    const decoder = decoding.createDecoder(data);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    return isAllowedPayload(type, decoder, limits) ? { documentName, type } : undefined;
  } catch {
    return undefined;
  }
}
