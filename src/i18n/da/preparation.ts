export const preparationDa = {
  title: 'Forberedelse',
  intro:
    'AMG’s opstartsmøde: gør jer klar over, hvad I vil med processen, hvem der er med, hvornår I mødes, og hvor sygefraværet står i dag.',
  questions: {
    heading: 'Afklarende spørgsmål',
    hint: 'Svarene gemmes, når du forlader feltet.',
    items: {
      purpose: 'Hvad håber I at få ud af at bruge den anerkendende metode?',
      difference: 'Hvordan adskiller denne APV sig fra den måde, I plejer at lave den på?',
      circumstances:
        'Sker der noget særligt hos jer lige nu – fx omstruktureringer, nye kolleger eller ny ledelse?',
      industry: 'Hvilke udfordringer er typiske for jeres branche?',
      managementSupport: 'Hvordan viser ledelsen sin opbakning før, under og efter møderne?',
      followUpResources:
        'Hvor meget skal medarbejderne selv bære opfølgningen, og hvilken tid og hvilke midler er der sat af?',
    },
  },
  suitability: {
    heading: 'Passer metoden til jer?',
    question:
      'Har arbejdspladsen lige nu alvorlige og følsomme problemer, fx vold, mobning eller chikane?',
    answers: { unanswered: 'Ikke besvaret', no: 'Nej', unsure: 'Ved ikke', yes: 'Ja' },
    lessSuited:
      'Den anerkendende dialog egner sig mindre godt, når der er mange alvorlige og følsomme problemer. Overvej i stedet:',
    alternatives: [
      'at få hjælp af en ekstern konsulent, fx en arbejdsmiljørådgiver',
      'en metode med mere anonymitet, fx et spørgeskema',
      'en mere afgrænset metode, fx APV-spillet',
    ],
    unsure:
      'Tal det igennem i AMG, før I går videre. Er der alvorlige problemer, er metoden mindre egnet.',
    suited: 'Godt. Metoden kan bruges i både store og små grupper.',
  },
  people: {
    heading: 'Deltagere og roller',
    participants: 'Antal deltagere i dialogmøderne',
    participantsHint: 'Alle medarbejdere og ledere. Bruges til grupper og optælling af streger.',
    departments: 'Afdelinger (valgfrit)',
    departmentsHint: 'Med antal personer, så grupperne kan blandes på tværs af afdelinger.',
    departmentName: 'Afdelingens navn',
    headcount: 'Antal personer',
    addDepartment: 'Tilføj afdeling',
    departmentTotal: (sum: number, participants: number | null) =>
      participants === null
        ? `I alt ${sum} personer i afdelingerne.`
        : `I alt ${sum} personer i afdelingerne – ${participants} deltagere i alt.`,
    departmentMismatch: 'Summen af afdelingerne passer ikke med antallet af deltagere.',
    moedeleder: 'Mødeleder',
    moedelederHint: 'Leder begge dialogmøder og styrer dagsorden og tid.',
    moedeassistenter: 'Mødeassistenter',
    assistantSuggestion: (n: number, participants: number) =>
      `Med ${participants} deltagere foreslår vi ${n} ${n === 1 ? 'mødeassistent' : 'mødeassistenter'} til at hjælpe mødelederen.`,
    amg: 'Arbejdsmiljøgruppen (AMG)',
    personName: 'Navn',
    addPerson: 'Tilføj person',
    removePerson: (name: string) => `Fjern ${name || 'person'}`,
    removeDepartment: (name: string) => `Fjern afdelingen ${name || ''}`.trim(),
  },
  meetings: {
    heading: 'Mødeplan',
    gapTooShort: (days: number) =>
      `Der er kun ${days} dage mellem dialogmøderne. Metoden anbefaler 3–4 uger, så der er tid til vurderingsmødet.`,
    gapTooLong: (days: number) =>
      `Der er ${days} dage mellem dialogmøderne. Metoden anbefaler 3–4 uger, så energien fra første møde ikke går tabt.`,
    outOfOrder: (meeting: string, before: string) => `${meeting} ligger ikke efter ${before}.`,
    downloadIcs: 'Hent møderne som kalenderfil (.ics)',
    icsNothing: 'Sæt mindst én dato for at hente kalenderfilen.',
    icsDescription: (workplace: string) => `APV-proces for ${workplace}`,
    icsName: (workplace: string) => `APV-møder – ${workplace}`,
    icsReminder: 'I morgen',
  },
  absence: {
    heading: 'Sygefravær før processen',
    hint: 'APV’en skal omfatte sygefravær. Mål det nu, og igen når handleplanen er i gang.',
    from: 'Periode fra',
    to: 'Periode til',
    plannedWorkdays: 'Planlagte arbejdsdage i perioden',
    daysLost: 'Tabte arbejdsdage på grund af sygdom',
    percentage: 'Fraværsprocent',
    percentageValue: (pct: string) => `${pct} %`,
    percentageMissing: 'Udfyld planlagte arbejdsdage (over 0) og tabte dage for at se procenten.',
    percentageImplausible: 'Procenten vises, når tallene hænger sammen.',
    lostExceedsPlanned: 'Der er flere tabte dage end planlagte arbejdsdage.',
    periodReversed: 'Periodens slutdato ligger før startdatoen.',
  },
};
