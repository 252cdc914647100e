import { decideWish, noteAnalysisPoint, noteAssessment } from './assessment';
import type { AnalysisPointId, WishDecision, WishesSection } from './types';
import {
  addStrength,
  addWish,
  editStrength,
  editWish,
  removeStrength,
  removeWish,
  restoreWish,
} from './capture';
import { MARKS_PER_PARTICIPANT, adjustMarks, countMarks } from './marks';
import { mergeWishes, unmergeWishes } from './merge';
import type { WishesOutcome } from './rejections';
import { overrideSelection, setSelectionPreliminary, setSelectionTarget } from './selection';
import { createTheme, moveTheme, placeWish, removeTheme, renameTheme, unthemeWish } from './themes';

/** Every change to the wishes section: plain, serialisable facts. Ids and times come in here. */
export type WishesEvent =
  | { type: 'strengthAdded'; strengthId: string; text: string; group: number; at: string }
  | { type: 'strengthEdited'; strengthId: string; text: string; group: number }
  | { type: 'strengthRemoved'; strengthId: string }
  | { type: 'wishAdded'; wishId: string; text: string; group: number; at: string }
  | { type: 'wishEdited'; wishId: string; text: string; group: number }
  | { type: 'wishRemoved'; wishId: string; at: string }
  | { type: 'wishRestored'; wishId: string }
  | {
      type: 'wishesMerged';
      mergeId: string;
      targetId: string;
      sourceIds: string[];
      text: string;
      at: string;
    }
  | { type: 'wishesUnmerged'; mergeId: string }
  | { type: 'marksCounted'; entryId: string; wishId: string; count: number; at: string }
  | {
      type: 'marksAdjusted';
      entryId: string;
      wishId: string;
      delta: number;
      at: string;
      /** Marks from the phones (the meeting room); absent for marks counted on the posters. */
      source?: 'phone';
    }
  | { type: 'selectionTargetSet'; target: number }
  | { type: 'selectionOverridden'; wishId: string; selected: boolean | null }
  | { type: 'selectionPreliminarySet'; preliminary: boolean }
  | { type: 'wishAssessed'; wishId: string; note: string }
  | { type: 'wishDecided'; wishId: string; decision: WishDecision | null; reason: string }
  | { type: 'analysisNoted'; point: AnalysisPointId; text: string }
  | { type: 'themeCreated'; themeId: string; name: string }
  | { type: 'themeRenamed'; themeId: string; name: string }
  | { type: 'themeMoved'; themeId: string; index: number }
  | { type: 'themeRemoved'; themeId: string }
  | { type: 'wishThemed'; wishId: string; themeId: string; index: number }
  | { type: 'wishUnthemed'; wishId: string };

/** What the wishes section needs from the rest of the process to judge an event. */
export interface WishesContext {
  participants: number | null;
}

/** The section after `event`, the same section when nothing changes, or why it was refused. */
export function applyWishesEvent(
  section: WishesSection,
  event: WishesEvent,
  context: WishesContext,
): WishesOutcome<WishesSection> {
  switch (event.type) {
    case 'strengthAdded':
      return addStrength(section, { ...event, id: event.strengthId });
    case 'strengthEdited':
      return editStrength(section, { ...event, id: event.strengthId });
    case 'strengthRemoved':
      return removeStrength(section, event.strengthId);
    case 'wishAdded':
      return addWish(section, { ...event, id: event.wishId });
    case 'wishEdited':
      return editWish(section, { ...event, id: event.wishId });
    case 'wishRemoved':
      return removeWish(section, { id: event.wishId, at: event.at });
    case 'wishRestored':
      return restoreWish(section, event.wishId);
    case 'wishesMerged':
      return mergeWishes(section, event);
    case 'wishesUnmerged':
      return unmergeWishes(section, event.mergeId);
    case 'marksCounted':
      return countMarks(section, event, roomMarks(context));
    case 'marksAdjusted':
      return adjustMarks(section, event, roomMarks(context));
    case 'selectionTargetSet':
      return setSelectionTarget(section, event.target);
    case 'selectionOverridden':
      return overrideSelection(section, event);
    case 'selectionPreliminarySet':
      return setSelectionPreliminary(section, event.preliminary);
    case 'wishAssessed':
      return noteAssessment(section, event);
    case 'wishDecided':
      return decideWish(section, event);
    case 'analysisNoted':
      return noteAnalysisPoint(section, event);
    case 'themeCreated':
      return createTheme(section, event);
    case 'themeRenamed':
      return renameTheme(section, event);
    case 'themeMoved':
      return moveTheme(section, event);
    case 'themeRemoved':
      return removeTheme(section, event.themeId);
    case 'wishThemed':
      return placeWish(section, event);
    case 'wishUnthemed':
      return unthemeWish(section, event.wishId);
  }
}

/** The marks the whole room has (three each), or null while the head count is unknown. */
const roomMarks = ({ participants }: WishesContext): number | null =>
  participants === null ? null : participants * MARKS_PER_PARTICIPANT;
