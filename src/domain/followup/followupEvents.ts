import type { AbsenceFigures } from '../absence/absence';
import { clipLong, clipShort, isBlank } from '../text';
import { isLocalDate, sameFields } from '../plan/fields';
import { isoDateTime } from '../schemaParts';
import type { CommunicationChannel } from '../plan/handleplan';
import type { StatusUpdated } from '../plan/initiativeEvents';
import { absenceFiguresRejection } from '../absence/absenceSchema';
import type { EffectVerdict, FollowUp, TeamKind } from './followup';

/**
 * Changes to the follow-up. `statusUpdated` is shared with the plan: the root reducer
 * should log it here only when the plan accepted it (the plan knows the initiatives).
 */
export type FollowUpEvent =
  | StatusUpdated
  | {
      type: 'followUpChecked';
      id: string;
      initiativeId: string;
      plannedDate: string;
      heldOn: string;
      verdict: EffectVerdict;
      note: string;
    }
  | { type: 'followUpCheckRemoved'; id: string }
  | {
      type: 'staffInformed';
      id: string;
      what: string;
      date: string;
      channel: CommunicationChannel;
    }
  | { type: 'staffInformedRemoved'; id: string }
  | { type: 'teamMemberAdded'; id: string; name: string; kind: TeamKind; role: string }
  | { type: 'teamMemberChanged'; id: string; name: string; kind: TeamKind; role: string }
  | { type: 'teamMemberRemoved'; id: string }
  | { type: 'absenceMeasured'; id: string; figures: AbsenceFigures }
  | { type: 'absenceMeasurementChanged'; id: string; figures: AbsenceFigures }
  | { type: 'absenceMeasurementRemoved'; id: string };

/** Why an event was refused, for a message in the UI. */
export type FollowUpRejection =
  | 'duplicateId'
  | 'unknownItem'
  | 'emptyText'
  | 'emptyName'
  | 'invalidDate'
  | 'invalidTime'
  | 'dropWithoutNote'
  | 'invalidFigures'
  | 'lostExceedsPlanned'
  | 'incompleteFigures'
  | 'periodReversed'
  | 'measuredBeforeBaseline';

/** A measurement needs its whole period and both numbers, unlike a baseline being typed in. */
function measurementRejection(
  figures: AbsenceFigures,
  baseline: AbsenceFigures | undefined,
): FollowUpRejection | null {
  const refused = absenceFiguresRejection(figures);
  if (refused) return refused;
  const { from, to, plannedWorkdays, daysLost } = figures;
  if (!from || !to || !plannedWorkdays || daysLost === null) return 'incompleteFigures';
  if (to < from) return 'periodReversed';
  // A later measurement compares with the baseline: it must start after the baseline's end.
  return baseline?.to && from <= baseline.to ? 'measuredBeforeBaseline' : null;
}

/** Which list each event touches. */
function listOf(event: FollowUpEvent): keyof FollowUp {
  switch (event.type) {
    case 'statusUpdated':
      return 'statusLog';
    case 'followUpChecked':
    case 'followUpCheckRemoved':
      return 'checks';
    case 'staffInformed':
    case 'staffInformedRemoved':
      return 'communicationLog';
    case 'teamMemberAdded':
    case 'teamMemberChanged':
    case 'teamMemberRemoved':
      return 'team';
    case 'absenceMeasured':
    case 'absenceMeasurementChanged':
    case 'absenceMeasurementRemoved':
      return 'absenceMeasurements';
  }
}

/** The reason an event cannot be applied, or null when it can. */
function rejection(
  f: FollowUp,
  event: FollowUpEvent,
  baseline: AbsenceFigures | undefined,
): FollowUpRejection | null {
  const exists = (f[listOf(event)] as { id: string }[]).some((item) => item.id === event.id);
  switch (event.type) {
    case 'statusUpdated':
      if (exists) return 'duplicateId';
      if (!isoDateTime.safeParse(event.at).success) return 'invalidTime';
      return event.status === 'dropped' && isBlank(event.note) ? 'dropWithoutNote' : null;
    case 'followUpChecked':
      if (exists) return 'duplicateId';
      if (!isLocalDate(event.plannedDate) || !isLocalDate(event.heldOn)) return 'invalidDate';
      return null;
    case 'staffInformed':
      if (exists) return 'duplicateId';
      if (isBlank(event.what)) return 'emptyText';
      return isLocalDate(event.date) ? null : 'invalidDate';
    case 'teamMemberAdded':
    case 'teamMemberChanged':
      if (exists !== (event.type === 'teamMemberChanged')) {
        return exists ? 'duplicateId' : 'unknownItem';
      }
      return isBlank(event.name) ? 'emptyName' : null;
    case 'absenceMeasured':
    case 'absenceMeasurementChanged':
      if (exists !== (event.type === 'absenceMeasurementChanged')) {
        return exists ? 'duplicateId' : 'unknownItem';
      }
      return measurementRejection(event.figures, baseline);
    case 'followUpCheckRemoved':
    case 'staffInformedRemoved':
    case 'teamMemberRemoved':
    case 'absenceMeasurementRemoved':
      return exists ? null : 'unknownItem';
  }
}

/** Applies one event: the next follow-up, the same one when nothing changes, or why it was refused. */
export function applyFollowUpEvent(
  f: FollowUp,
  event: FollowUpEvent,
  /** The sickness-absence baseline measured in the preparation, when there is one. */
  baseline?: AbsenceFigures,
): FollowUp | FollowUpRejection {
  const refused = rejection(f, event, baseline);
  if (refused) return refused;
  switch (event.type) {
    case 'statusUpdated':
      return {
        ...f,
        statusLog: [
          ...f.statusLog,
          {
            id: event.id,
            initiativeId: event.initiativeId,
            status: event.status,
            note: clipLong(event.note.trim()),
            at: event.at,
          },
        ],
      };
    case 'followUpChecked': {
      const { id, initiativeId, plannedDate, heldOn, verdict } = event;
      const check = { id, initiativeId, plannedDate, heldOn, verdict, note: clipLong(event.note) };
      return { ...f, checks: [...f.checks, check] };
    }
    case 'staffInformed': {
      const entry = {
        id: event.id,
        what: clipLong(event.what.trim()),
        date: event.date,
        channel: event.channel,
      };
      return { ...f, communicationLog: [...f.communicationLog, entry] };
    }
    case 'teamMemberAdded':
    case 'teamMemberChanged': {
      const member = {
        id: event.id,
        name: clipShort(event.name.trim()),
        kind: event.kind,
        role: clipLong(event.role),
      };
      if (event.type === 'teamMemberAdded') return { ...f, team: [...f.team, member] };
      if (f.team.some((m) => sameFields(m, member))) return f;
      return { ...f, team: f.team.map((m) => (m.id === member.id ? member : m)) };
    }
    case 'absenceMeasured':
    case 'absenceMeasurementChanged': {
      const measurement = { id: event.id, figures: { ...event.figures } };
      if (event.type === 'absenceMeasured') {
        return { ...f, absenceMeasurements: [...f.absenceMeasurements, measurement] };
      }
      if (
        f.absenceMeasurements.some((m) => m.id === event.id && sameFields(m.figures, event.figures))
      ) {
        return f;
      }
      return {
        ...f,
        absenceMeasurements: f.absenceMeasurements.map((m) =>
          m.id === event.id ? measurement : m,
        ),
      };
    }
    case 'followUpCheckRemoved':
    case 'staffInformedRemoved':
    case 'teamMemberRemoved':
    case 'absenceMeasurementRemoved': {
      const key = listOf(event);
      return { ...f, [key]: (f[key] as { id: string }[]).filter((item) => item.id !== event.id) };
    }
  }
}
