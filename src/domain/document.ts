import { z } from 'zod/mini';
import { emptyAbsenceFigures, type AbsenceFigures } from './absence/absence';
import { absenceFiguresSchema } from './absence/absenceSchema';
import {
  count,
  isoDateTime,
  itemId,
  list,
  localDateTime,
  longText,
  recordOf,
  shortText,
} from './schemaParts';
import { MEETING_IDS, emptyMeetingPlan, type MeetingPlan } from './preparation/meetingPlan';
import { emptyPeople, type People } from './preparation/people';
import {
  PREPARATION_QUESTION_IDS,
  SERIOUS_PROBLEM_ANSWERS,
  emptyPreparation,
  type Preparation,
} from './preparation/preparation';
import { PHASE_IDS, PHASE_STATUSES, noOverrides, type PhaseOverrides } from './process/phases';
import { meetingsSectionSchema } from './agenda/schema';
import { emptyMeetingsSection, type MeetingsSection } from './agenda/section';
import { emptyFollowUp, type FollowUp } from './followup/followup';
import { followUpSchema } from './followup/followupSchema';
import { emptyParking, type Parking } from './parking/parking';
import { parkingSchema } from './parking/schema';
import { emptyHandleplan, type Handleplan } from './plan/handleplan';
import { handleplanSchema } from './plan/handleplanSchema';
import { emptyMeeting2, meeting2Schema, type Meeting2 } from './plan/meeting2';
import { initialProjector, projectorSchema, type ProjectorState } from './projector/projector';
import { wishesSectionSchema } from './wishes/schema';
import { emptyWishesSection } from './wishes/section';
import { type WishesSection } from './wishes/types';
import { SCHEMA_VERSION } from './version';

export { SCHEMA_VERSION };

export interface ApvProcess {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  /** Name of the workplace or department that runs the APV. */
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Since v7: the leader's overrides; the phases themselves follow the data (process/derivedPhases). */
  phases: PhaseOverrides;
  people: People;
  meetings: MeetingPlan;
  preparation: Preparation;
  absence: { baseline: AbsenceFigures };
  /** Since v2: agenda, timer and record of each dialogue meeting. */
  meetingRuns: MeetingsSection;
  /** Since v2: what the projector window shows. */
  projector: ProjectorState;
  /** Since v3: meeting 2's choices and proposals. */
  meeting2: Meeting2;
  /** Since v3: the handleplan. */
  plan: Handleplan;
  /** Since v3: the follow-up of the handleplan. */
  followUp: FollowUp;
  /** Since v4: strengths and wishes from meeting 1, the bruttoliste, marks, assessment, themes. */
  wishes: WishesSection;
  /** Since v4: the parking lot. */
  parking: Parking;
}

export function createProcess(init: { id: string; name: string; now: Date }): ApvProcess {
  const at = init.now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: init.id,
    name: init.name,
    createdAt: at,
    updatedAt: at,
    phases: noOverrides(),
    people: emptyPeople(),
    meetings: emptyMeetingPlan(),
    preparation: emptyPreparation(),
    absence: { baseline: emptyAbsenceFigures() },
    meetingRuns: emptyMeetingsSection(),
    projector: initialProjector(),
    meeting2: emptyMeeting2(),
    plan: emptyHandleplan(),
    followUp: emptyFollowUp(),
    wishes: emptyWishesSection(),
    parking: emptyParking(),
  };
}

const personSchema = z.object({ id: itemId, name: shortText });

export const processSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: itemId,
  name: shortText,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  phases: recordOf(PHASE_IDS, z.nullable(z.enum(PHASE_STATUSES))),
  people: z.object({
    participants: z.nullable(count),
    departments: list(z.object({ id: itemId, name: shortText, headcount: count })),
    moedeleder: shortText,
    moedeassistenter: list(personSchema),
    amg: list(personSchema),
  }),
  meetings: recordOf(MEETING_IDS, localDateTime),
  preparation: z.object({
    answers: recordOf(PREPARATION_QUESTION_IDS, longText),
    seriousProblems: z.enum(SERIOUS_PROBLEM_ANSWERS),
  }),
  absence: z.object({ baseline: absenceFiguresSchema }),
  meetingRuns: meetingsSectionSchema,
  projector: projectorSchema,
  meeting2: meeting2Schema,
  plan: handleplanSchema,
  followUp: followUpSchema,
  wishes: wishesSectionSchema,
  parking: parkingSchema,
}) satisfies z.ZodMiniType<ApvProcess>;
