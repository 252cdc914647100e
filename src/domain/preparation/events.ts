import { absenceFiguresRejection } from '../absence/absenceSchema';
import type { AbsenceFigures } from '../absence/absence';
import type { ApvProcess } from '../document';
import { LIMITS } from '../limits';
import { clipLong, clipShort, isBlank } from '../text';
import { parseMeetingTime, type MeetingId } from './meetingPlan';
import { isPositiveWholeNumber, type Department, type People, type PersonRole } from './people';
import type { PreparationQuestionId, SeriousProblemsAnswer } from './preparation';
import type { PhaseId, PhaseStatus } from '../process/phases';

/** Changes to the process's frame: name, phases, preparation, people, meetings, absence. */
export type PreparationEvent =
  | { type: 'processRenamed'; name: string }
  /** A status overrides what the data shows; null lets the phase follow the data again. */
  | { type: 'phaseStatusSet'; phase: PhaseId; status: PhaseStatus | null }
  | { type: 'preparationAnswered'; question: PreparationQuestionId; text: string }
  | { type: 'seriousProblemsAnswered'; answer: SeriousProblemsAnswer }
  | { type: 'participantsSet'; count: number | null }
  | { type: 'moedelederSet'; name: string }
  | { type: 'personAdded'; role: PersonRole; id: string; name: string }
  | { type: 'personRenamed'; role: PersonRole; id: string; name: string }
  | { type: 'personRemoved'; role: PersonRole; id: string }
  | { type: 'departmentAdded'; id: string; name: string; headcount: number }
  | {
      type: 'departmentChanged';
      id: string;
      patch: Partial<Pick<Department, 'name' | 'headcount'>>;
    }
  | { type: 'departmentRemoved'; id: string }
  | { type: 'meetingPlanned'; meeting: MeetingId; at: string }
  /** Carries only the changed fields, so that edits of other fields elsewhere survive. */
  | { type: 'absenceBaselineChanged'; patch: Partial<AbsenceFigures> };

/** Why a preparation event changed nothing. */
export type PreparationRejection =
  | 'emptyName'
  | 'invalidCount'
  | 'duplicateId'
  | 'unknownPerson'
  | 'unknownDepartment'
  | 'invalidTime'
  | 'invalidFigures'
  | 'lostExceedsPlanned';

type Outcome = ApvProcess | PreparationRejection;

/** Applies one preparation event to the process's frame, or says why it changed nothing. */
export function applyPreparationEvent(doc: ApvProcess, event: PreparationEvent): Outcome {
  const people = doc.people;
  switch (event.type) {
    case 'processRenamed':
      if (isBlank(event.name)) return 'emptyName';
      return { ...doc, name: clipShort(event.name.trim()) };
    case 'phaseStatusSet':
      return { ...doc, phases: { ...doc.phases, [event.phase]: event.status } };
    case 'preparationAnswered':
      return {
        ...doc,
        preparation: {
          ...doc.preparation,
          answers: { ...doc.preparation.answers, [event.question]: clipLong(event.text) },
        },
      };
    case 'seriousProblemsAnswered':
      return { ...doc, preparation: { ...doc.preparation, seriousProblems: event.answer } };
    case 'participantsSet':
      if (event.count !== null && !isValidCount(event.count)) return 'invalidCount';
      return { ...doc, people: { ...people, participants: event.count } };
    case 'moedelederSet':
      return { ...doc, people: { ...people, moedeleder: clipShort(event.name) } };
    case 'personAdded':
      if (people[event.role].some((p) => p.id === event.id)) return 'duplicateId';
      return withPeople(doc, {
        [event.role]: [...people[event.role], { id: event.id, name: clipShort(event.name) }],
      });
    case 'personRenamed':
      if (!people[event.role].some((p) => p.id === event.id)) return 'unknownPerson';
      return withPeople(doc, {
        [event.role]: people[event.role].map((p) =>
          p.id === event.id ? { ...p, name: clipShort(event.name) } : p,
        ),
      });
    case 'personRemoved':
      if (!people[event.role].some((p) => p.id === event.id)) return 'unknownPerson';
      return withPeople(doc, { [event.role]: people[event.role].filter((p) => p.id !== event.id) });
    case 'departmentAdded':
      if (!isValidCount(event.headcount)) return 'invalidCount';
      if (people.departments.some((d) => d.id === event.id)) return 'duplicateId';
      return withPeople(doc, {
        departments: [
          ...people.departments,
          { id: event.id, name: clipShort(event.name), headcount: event.headcount },
        ],
      });
    case 'departmentChanged': {
      const { name, headcount } = event.patch;
      if (headcount !== undefined && !isValidCount(headcount)) return 'invalidCount';
      if (!people.departments.some((d) => d.id === event.id)) return 'unknownDepartment';
      return withPeople(doc, {
        departments: people.departments.map((d) =>
          d.id === event.id
            ? {
                ...d,
                name: name === undefined ? d.name : clipShort(name),
                headcount: headcount ?? d.headcount,
              }
            : d,
        ),
      });
    }
    case 'departmentRemoved':
      if (!people.departments.some((d) => d.id === event.id)) return 'unknownDepartment';
      return withPeople(doc, { departments: people.departments.filter((d) => d.id !== event.id) });
    case 'meetingPlanned':
      if (event.at !== '' && parseMeetingTime(event.at) === null) return 'invalidTime';
      return { ...doc, meetings: { ...doc.meetings, [event.meeting]: event.at } };
    case 'absenceBaselineChanged': {
      const baseline = { ...doc.absence.baseline, ...event.patch };
      const problem = absenceFiguresRejection(baseline);
      if (problem) return problem;
      return { ...doc, absence: { ...doc.absence, baseline } };
    }
  }
}

function withPeople(doc: ApvProcess, change: Partial<People>): ApvProcess {
  return { ...doc, people: { ...doc.people, ...change } };
}

function isValidCount(n: number): boolean {
  return isPositiveWholeNumber(n) && n <= LIMITS.count;
}
