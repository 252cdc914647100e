import { z } from 'zod/mini';
import { PROJECTOR_VIEWS, type ProjectorView } from '../domain/projector/projector';

/**
 * What the projector window tells the controller windows of the same browser: whether it can
 * chime (browsers play sound only after a click in the window itself, so a reloaded projector
 * is silent until someone clicks it; the leader's laptop must know), and how many pages its
 * screen made of a long view, so the laptop can turn them.
 */
export const PROJECTOR_SOUNDS = ['on', 'blocked', 'muted'] as const;
export type ProjectorSound = (typeof PROJECTOR_SOUNDS)[number];

export interface ProjectorPages {
  view: ProjectorView;
  count: number;
}

export interface ProjectorStatus {
  sound: ProjectorSound;
  /** Null while the view shown does not page. */
  pages: ProjectorPages | null;
}

const CHANNEL = 'apv-dialog-projector-sound';

const messageSchema = z.union([
  z.object({
    kind: z.literal('sound'),
    processId: z.string(),
    sound: z.enum(PROJECTOR_SOUNDS),
    pages: z.nullable(
      z.object({
        view: z.enum(PROJECTOR_VIEWS),
        count: z.int().check(z.minimum(1), z.maximum(1000)),
      }),
    ),
  }),
  /** A controller that just opened asks any projector for its state. */
  z.object({ kind: z.literal('ask'), processId: z.string() }),
  /** The projector window is closing. */
  z.object({ kind: z.literal('gone'), processId: z.string() }),
]);
type Message = z.infer<typeof messageSchema>;

/** Messages for `processId` from the channel; anything malformed changes nothing. */
function listen(channel: BroadcastChannel, processId: string, on: (m: Message) => void) {
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = messageSchema.safeParse(event.data);
    if (parsed.success && parsed.data.processId === processId) on(parsed.data);
  };
}

/** The projector's side: says its state now, when asked, and `gone` when stopped. */
export function announceProjectorStatus(processId: string, status: ProjectorStatus): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  const say = () => channel.postMessage({ kind: 'sound', processId, ...status } satisfies Message);
  listen(channel, processId, (m) => {
    if (m.kind === 'ask') say();
  });
  say();
  const leave = () => channel.postMessage({ kind: 'gone', processId } satisfies Message);
  window.addEventListener('pagehide', leave);
  return () => {
    window.removeEventListener('pagehide', leave);
    channel.close();
  };
}

/** The controller's side: the projector's status as it changes; null when no projector said. */
export function watchProjectorStatus(
  processId: string,
  onChange: (status: ProjectorStatus | null) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  listen(channel, processId, (m) => {
    if (m.kind === 'sound') onChange({ sound: m.sound, pages: m.pages });
    else if (m.kind === 'gone') onChange(null);
  });
  channel.postMessage({ kind: 'ask', processId } satisfies Message);
  return () => channel.close();
}
