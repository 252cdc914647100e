import type { Agenda, AgendaStep, SubRound } from './agenda';
import {
  ACTION_HEADING_IDS,
  BRAINSTORM_QUESTION_IDS,
  INTERVIEW_QUESTION_IDS,
  REFLECTION_QUESTION_IDS,
  type MeetingKey,
  type QuestionId,
} from './ids';

/** The method plans three 5-minute interview turns (groups of 3), then a 10-minute write-up. */
export const INTERVIEW_TURN_MINUTES = 5;
export const PLANNED_INTERVIEW_TURNS = 3;
const WRITE_UP_MINUTES = 10;

export function interviewSubRounds(turns: number): SubRound[] {
  return [
    ...Array.from({ length: turns }, (): SubRound => ({
      kind: 'interviewTurn',
      minutes: INTERVIEW_TURN_MINUTES,
    })),
    { kind: 'writeUp', minutes: WRITE_UP_MINUTES },
  ];
}

function step(
  id: string,
  kind: AgendaStep['kind'],
  minutes: number,
  extra: Partial<Pick<AgendaStep, 'subRounds' | 'grouping'>> & {
    questions?: readonly QuestionId[];
    shown?: readonly QuestionId[];
  } = {},
): AgendaStep {
  const questionIds = [...(extra.questions ?? [])];
  return {
    id,
    kind,
    minutes,
    subRounds: extra.subRounds ?? [],
    grouping: extra.grouping ?? null,
    questionIds,
    shownQuestionIds: [...(extra.shown ?? questionIds)],
    skipped: false,
    added: false,
  };
}

/** 1. dialogmøde: mapping strengths and wishes, 115 minutes. */
function meeting1Steps(): AgendaStep[] {
  return [
    step('m1-intro', 'intro', 15),
    step('m1-interview', 'interview', 25, {
      subRounds: interviewSubRounds(PLANNED_INTERVIEW_TURNS),
      grouping: 'interview3',
      questions: INTERVIEW_QUESTION_IDS,
      // The method asks two questions; the first two are the default pick.
      shown: INTERVIEW_QUESTION_IDS.slice(0, 2),
    }),
    step('m1-brainstorm', 'brainstorm', 30, {
      grouping: 'brainstorm6',
      questions: BRAINSTORM_QUESTION_IDS,
    }),
    step('m1-summary', 'summary', 30, {
      subRounds: [
        { kind: 'galleryWalk', minutes: 10 },
        { kind: 'jointSummary', minutes: 20 },
      ],
    }),
    step('m1-selection', 'selection', 15),
  ];
}

/** 2. dialogmøde: priority and proposals for action, 85 minutes. */
function meeting2Steps(): AgendaStep[] {
  return [
    step('m2-priority', 'priority', 20, {
      // Our split of the 20 minutes: the AMG presents, then groups of 4 talk, choose, write.
      subRounds: [
        { kind: 'amgPresentation', minutes: 5 },
        { kind: 'speakingRound', minutes: 6 },
        { kind: 'chooseWish', minutes: 3 },
        { kind: 'writeProposals', minutes: 6 },
      ],
      grouping: 'meeting2Four',
      questions: REFLECTION_QUESTION_IDS,
    }),
    step('m2-action', 'actionGroups', 50, { grouping: 'byWish', questions: ACTION_HEADING_IDS }),
    step('m2-presentation', 'presentation', 15),
  ];
}

/** A fresh copy of the method's agenda for a meeting. */
export function agendaTemplate(meeting: MeetingKey): Agenda {
  return { meeting, steps: meeting === 'meeting1' ? meeting1Steps() : meeting2Steps() };
}
