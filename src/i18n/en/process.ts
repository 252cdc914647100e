import type { processDa } from '../da/process';

export const processEn: typeof processDa = {
  phases: {
    preparation: 'Preparation',
    meeting1: '1st dialogue meeting',
    assessment: 'Assessment meeting',
    meeting2: '2nd dialogue meeting',
    plan: 'Action plan',
    followup: 'Follow-up',
  },
  phaseSummaries: {
    preparation:
      'The AMG clarifies purpose, frame, participants, meeting dates and sickness absence.',
    meeting1: 'All staff map strengths and wishes and mark the most important ones.',
    assessment: 'The AMG and management assess the gross list and group the wishes under headings.',
    meeting2: 'Groups prioritise wishes and propose what we, the leader and partners can do.',
    plan: 'The AMG and management write the action plan: what, how, who and when.',
    followup: 'Initiatives are tracked, staff are kept informed, and absence is measured again.',
  },
  meetingNames: {
    dialogmoede1: '1st dialogue meeting',
    vurderingsmoede: 'Assessment meeting',
    dialogmoede2: '2nd dialogue meeting',
    handleplanmoede: 'Action-plan meeting',
  },
  bruttoliste: 'Gross wish list',
  statuses: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' },
  statusLabel: 'Status',
  todos: {
    answerQuestions: 'Answer the clarifying questions',
    checkSuitability: 'Check whether the method suits your situation',
    countParticipants: 'Enter how many will take part',
    appointLeader: 'Appoint a meeting leader',
    planMeetings: 'Put dates on the four meetings',
    absenceBaseline: 'Enter sickness absence before the process',
    markDone: 'Mark the phase done when you are ready',
    start: 'Get started with the phase',
    none: 'The phase is done',
  },
  dashboard: {
    next: 'Next step',
    phaseList: 'The phases of the process',
    current: 'Current phase',
    nextMeeting: 'Next meeting',
    noMeeting: 'No meetings planned yet',
    participants: (n: number) => `${n} participants`,
    participantsUnknown: 'Number of participants not set',
  },
  dates: {
    dateTime: "d MMMM yyyy 'at' HH:mm",
    date: 'd MMMM yyyy',
    short: 'd MMM yyyy',
  },
};
