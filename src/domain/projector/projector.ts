import { z } from 'zod/mini';
import type { MeetingKey } from '../agenda/ids';
import { MEETING_KEYS } from '../agenda/ids';

/**
 * What the projector window shows. The controller chooses; the projector follows. Kept in
 * the document so that a reloaded projector comes back to the same view.
 */
export const PROJECTOR_VIEWS = [
  'agenda',
  'groups',
  'gallery',
  'ranking',
  'parking',
  'themedList',
  /** Meeting 2, step 3: the joined proposals by theme and the proposals per wish (since v7). */
  'proposals',
] as const;
export type ProjectorView = (typeof PROJECTOR_VIEWS)[number];

export interface ProjectorState {
  meeting: MeetingKey;
  view: ProjectorView;
}

export function initialProjector(): ProjectorState {
  return { meeting: 'meeting1', view: 'agenda' };
}

export const projectorSchema = z.object({
  meeting: z.enum(MEETING_KEYS),
  view: z.enum(PROJECTOR_VIEWS),
}) satisfies z.ZodMiniType<ProjectorState>;

export type ProjectorEvent = { type: 'projectorShown'; meeting: MeetingKey; view: ProjectorView };

export function applyProjectorEvent(
  state: ProjectorState,
  event: ProjectorEvent,
): ProjectorState | 'unknownView' {
  if (!MEETING_KEYS.includes(event.meeting) || !PROJECTOR_VIEWS.includes(event.view)) {
    return 'unknownView';
  }
  if (state.meeting === event.meeting && state.view === event.view) return state;
  return { meeting: event.meeting, view: event.view };
}
