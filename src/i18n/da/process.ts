export const processDa = {
  phases: {
    preparation: 'Forberedelse',
    meeting1: '1. dialogmøde',
    assessment: 'Vurderingsmøde',
    meeting2: '2. dialogmøde',
    plan: 'Handleplan',
    followup: 'Opfølgning',
  },
  phaseSummaries: {
    preparation: 'AMG afklarer formål, rammer, deltagere, mødedatoer og sygefravær.',
    meeting1: 'Alle medarbejdere kortlægger styrker og ønsker og giver streger til de vigtigste.',
    assessment: 'AMG og ledelsen vurderer bruttolisten og samler ønskerne under overskrifter.',
    meeting2:
      'Grupperne prioriterer ønsker og foreslår, hvad vi, lederen og samarbejdspartnere kan gøre.',
    plan: 'AMG og ledelsen skriver handleplanen: hvad, hvordan, hvem og hvornår.',
    followup: 'Initiativerne følges, medarbejderne holdes orienteret, og fraværet måles igen.',
  },
  /** The four meetings by their id (MEETING_IDS in domain/preparation/meetingPlan.ts). */
  meetingNames: {
    dialogmoede1: '1. dialogmøde',
    vurderingsmoede: 'Vurderingsmøde',
    dialogmoede2: '2. dialogmøde',
    handleplanmoede: 'Handleplanmøde',
  },
  bruttoliste: 'Bruttoliste',
  statuses: { notStarted: 'Ikke startet', inProgress: 'I gang', done: 'Færdig' },
  statusLabel: 'Status',
  todos: {
    answerQuestions: 'Besvar de afklarende spørgsmål',
    checkSuitability: 'Vurder om metoden passer til jeres situation',
    countParticipants: 'Angiv hvor mange der deltager',
    appointLeader: 'Udpeg en mødeleder',
    planMeetings: 'Sæt dato på de fire møder',
    absenceBaseline: 'Indtast sygefraværet før processen',
    markDone: 'Markér fasen som færdig, når I er klar',
    start: 'Gå i gang med fasen',
    none: 'Fasen er færdig',
  },
  dashboard: {
    next: 'Næste skridt',
    phaseList: 'Faserne i processen',
    current: 'Aktuel fase',
    nextMeeting: 'Næste møde',
    noMeeting: 'Ingen møder planlagt endnu',
    participants: (n: number) => `${n} deltagere`,
    participantsUnknown: 'Antal deltagere ikke angivet',
  },
  dates: {
    dateTime: "d. MMMM yyyy 'kl.' HH:mm",
    date: 'd. MMMM yyyy',
    short: 'd. MMM yyyy',
  },
};
