import { absenceFiguresSchema } from '../absence/absenceSchema';
import type { ApvProcess } from '../document';
import { LIMITS } from '../limits';
import type { AbsenceFigures } from '../absence/absence';
import { parseMeetingTime, type MeetingId } from './meetingPlan';
import { isPositiveWholeNumber, type Department, type PersonRole } from './people';
import type { PreparationQuestionId, SeriousProblemsAnswer } from './preparation';
import type { PhaseId, PhaseStatus } from '../process/phases';

/** Changes to the process's frame: name, phases, preparation, people, meetings, absence. */
export type PreparationEvent =
  | { type: 'processRenamed'; name: string }
  | { type: 'phaseStatusSet'; phase: PhaseId; status: PhaseStatus }
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

const clip = (text: string, max: number = LIMITS.shortText) => text.slice(0, max);

/** Applies one preparation event; an event that would make the document invalid changes nothing. */
export function applyPreparationEvent(doc: ApvProcess, event: PreparationEvent): ApvProcess {
  const people = doc.people;
  switch (event.type) {
    case 'processRenamed':
      return event.name.trim() ? { ...doc, name: clip(event.name.trim()) } : doc;
    case 'phaseStatusSet':
      return { ...doc, phases: { ...doc.phases, [event.phase]: event.status } };
    case 'preparationAnswered':
      return {
        ...doc,
        preparation: {
          ...doc.preparation,
          answers: {
            ...doc.preparation.answers,
            [event.question]: clip(event.text, LIMITS.longText),
          },
        },
      };
    case 'seriousProblemsAnswered':
      return { ...doc, preparation: { ...doc.preparation, seriousProblems: event.answer } };
    case 'participantsSet':
      if (event.count !== null && !isValidCount(event.count)) return doc;
      return { ...doc, people: { ...people, participants: event.count } };
    case 'moedelederSet':
      return { ...doc, people: { ...people, moedeleder: clip(event.name) } };
    case 'personAdded':
      if (people[event.role].some((p) => p.id === event.id)) return doc;
      return {
        ...doc,
        people: {
          ...people,
          [event.role]: [...people[event.role], { id: event.id, name: clip(event.name) }],
        },
      };
    case 'personRenamed':
      return {
        ...doc,
        people: {
          ...people,
          [event.role]: people[event.role].map((p) =>
            p.id === event.id ? { ...p, name: clip(event.name) } : p,
          ),
        },
      };
    case 'personRemoved':
      return {
        ...doc,
        people: { ...people, [event.role]: people[event.role].filter((p) => p.id !== event.id) },
      };
    case 'departmentAdded':
      if (!isValidCount(event.headcount) || people.departments.some((d) => d.id === event.id))
        return doc;
      return {
        ...doc,
        people: {
          ...people,
          departments: [
            ...people.departments,
            { id: event.id, name: clip(event.name), headcount: event.headcount },
          ],
        },
      };
    case 'departmentChanged': {
      const { name, headcount } = event.patch;
      if (headcount !== undefined && !isValidCount(headcount)) return doc;
      return {
        ...doc,
        people: {
          ...people,
          departments: people.departments.map((d) =>
            d.id === event.id
              ? {
                  ...d,
                  name: name === undefined ? d.name : clip(name),
                  headcount: headcount ?? d.headcount,
                }
              : d,
          ),
        },
      };
    }
    case 'departmentRemoved':
      return {
        ...doc,
        people: { ...people, departments: people.departments.filter((d) => d.id !== event.id) },
      };
    case 'meetingPlanned':
      if (event.at !== '' && parseMeetingTime(event.at) === null) return doc;
      return { ...doc, meetings: { ...doc.meetings, [event.meeting]: event.at } };
    case 'absenceBaselineChanged': {
      const baseline = { ...doc.absence.baseline, ...event.patch };
      if (!absenceFiguresSchema.safeParse(baseline).success) return doc;
      return { ...doc, absence: { ...doc.absence, baseline } };
    }
  }
}

function isValidCount(n: number): boolean {
  return isPositiveWholeNumber(n) && n <= LIMITS.count;
}
