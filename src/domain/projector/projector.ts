import { z } from 'zod/mini';
import type { MeetingKey } from '../agenda/ids';
import { MEETING_KEYS } from '../agenda/ids';
import { wholeNumber } from '../schemaParts';

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

/** Highest page number an event may ask for; the projector shows its last page beyond its count. */
export const MAX_PROJECTOR_PAGE = 999;

export interface ProjectorState {
  meeting: MeetingKey;
  view: ProjectorView;
  /**
   * Since v8: the page of a long view (0-based). The projector splits a list into the pages
   * its screen holds and shows this one (its last, when there are fewer); a new view starts
   * at its first page.
   */
  page: number;
}

export function initialProjector(): ProjectorState {
  return { meeting: 'meeting1', view: 'agenda', page: 0 };
}

export const projectorSchema = z.object({
  meeting: z.enum(MEETING_KEYS),
  view: z.enum(PROJECTOR_VIEWS),
  page: wholeNumber(0, MAX_PROJECTOR_PAGE),
}) satisfies z.ZodMiniType<ProjectorState>;

export type ProjectorEvent =
  | { type: 'projectorShown'; meeting: MeetingKey; view: ProjectorView }
  /** Turns the page of `view`; a turn meant for a view no longer shown changes nothing. */
  | { type: 'projectorPaged'; view: ProjectorView; page: number };

export function applyProjectorEvent(
  state: ProjectorState,
  event: ProjectorEvent,
): ProjectorState | 'unknownView' {
  if (!PROJECTOR_VIEWS.includes(event.view)) return 'unknownView';
  if (event.type === 'projectorPaged') {
    if (event.view !== state.view || !Number.isFinite(event.page)) return state;
    const page = Math.min(Math.max(0, Math.trunc(event.page)), MAX_PROJECTOR_PAGE);
    if (page === state.page) return state;
    return { ...state, page };
  }
  if (!MEETING_KEYS.includes(event.meeting)) return 'unknownView';
  if (state.meeting === event.meeting && state.view === event.view) return state;
  return { meeting: event.meeting, view: event.view, page: 0 };
}
