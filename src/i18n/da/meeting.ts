import type { ProjectorView } from '../../domain/projector/projector';

const minutesDa = (n: number) => (n === 1 ? '1 minut' : `${n} minutter`);

/** The meeting runner (controller), its sections, and the projector window. */
export const meetingDa = {
  lead: {
    meeting1:
      'Her styrer du mødet: dagsorden, tid, grupper og det, rummet ser på projektoren. Tilpas dagsordenen før eller undervejs.',
    meeting2:
      'Her styrer du andet møde: dagsorden, tid, grupper og det, rummet ser på projektoren. Tilpas dagsordenen før eller undervejs.',
  },

  controller: {
    heading: 'Mødets ur',
    stepOf: (step: number, steps: number) => `Punkt ${step} af ${steps}`,
    remaining: 'tilbage',
    overrun: 'Over tid',
    stickyLabel: 'Mødeuret, kort',
    paused: 'Sat på pause',
    notStarted: 'Mødet er ikke startet endnu.',
    firstStep: 'Første punkt',
    finished: 'Mødet er afsluttet.',
    finishedAt: (time: string, minutes: number) =>
      `Mødet er afsluttet. Det sluttede kl. ${time} efter ${minutes} min.`,
    nextUp: 'Derefter',
    purpose: 'Formål',
    leaderNotes: 'Sådan leder du punktet',
    lastStep: 'Dette er mødets sidste punkt.',
    minutes: (n: number) => `${n} min`,
    extendLabel: (minutes: number) =>
      minutes > 0
        ? `Giv punktet ${minutesDa(minutes)} mere`
        : `Tag ${minutesDa(-minutes)} fra punktet`,
    finishTitle: 'Afslut mødet',
    finishBody:
      'Uret stopper, og sluttidspunktet gemmes. Det kan ikke fortrydes – mødet kan ikke startes igen bagefter.',
    finishConfirm: 'Ja, afslut mødet',
    controls: 'Styring af uret',
    shortcutsHeading: 'Tastaturgenveje',
    shortcuts: {
      space: 'Mellemrum: pause / fortsæt',
      right: 'Pil højre: næste punkt',
      left: 'Pil venstre: forrige punkt',
      plus: '+: ét minut mere',
      pages: 'Page Down / Page Up: næste / forrige side på projektoren',
      altPause: 'Alt+P: pause / fortsæt – også mens du skriver i et felt',
      altNext: 'Alt+N: næste punkt – også mens du skriver i et felt',
    },
    shortcutsNote:
      'De andre genveje virker ikke, mens du skriver i et felt. Mellemrum pauser også, når en knap har fokus; Enter trykker på knappen.',
  },

  rotation: {
    interviews: (interviewer: number, interviewee: number) => `${interviewer} → ${interviewee}`,
    notes: (numbers: number[]) =>
      numbers.length === 1
        ? `${numbers[0]} tager noter`
        : `${numbers.slice(0, -1).join(', ')} og ${numbers.at(-1)} tager noter`,
    pairNotes: 'den, der spørger, noterer selv',
    label: 'Hvem interviewer hvem',
    sizeLabel: (size: number) => `Grupper på ${size}`,
    done: 'færdige – skriv svarene op',
    rounds: (rounds: number) => `${rounds} runder`,
  },

  schedule: {
    heading: 'Tidsplan',
    caption: 'Mødets punkter med planlagt tidspunkt og faktisk tid',
    step: 'Punkt',
    plannedAt: 'Planlagt kl.',
    plannedMinutes: 'Planlagt',
    actual: 'Faktisk',
    jumpTo: (title: string) => `Gå til: ${title}`,
    current: 'Nu',
    fromPlan: 'Tiderne regner fra mødets planlagte start under Forberedelse.',
    fromStart: 'Tiderne regner fra mødets faktiske start.',
    fromNow: 'Mødets tidspunkt er ikke sat under Forberedelse: tiderne viser en start nu.',
    plannedEnd: (time: string) => `Planlagt slut kl. ${time}`,
    forecastEnd: (time: string) => `Forventet slut kl. ${time}`,
    endedAt: (time: string) => `Sluttede kl. ${time}`,
    behind: (minutes: number) => `${minutes} min efter planen`,
    ahead: (minutes: number) => `${minutes} min før planen`,
  },

  settings: {
    heading: 'Dagsorden',
    intro:
      'Metodens dagsorden er sat ind. Ret minutter, flyt, spring over eller læg pauser ind – også mens mødet kører.',
    moveUp: (title: string) => `Flyt op: ${title}`,
    moveDown: (title: string) => `Flyt ned: ${title}`,
    skip: (title: string) => `Spring over: ${title}`,
    unskip: (title: string) => `Tag med igen: ${title}`,
    remove: (title: string) => `Fjern: ${title}`,
    skipped: 'Springes over',
    live: 'I gang nu',
    liveHint: 'Punktet er i gang: gå videre, før du springer det over eller fjerner det.',
    questionsLegend: (title: string) => `Spørgsmål, rummet ser: ${title}`,
    addBreakHeading: 'Læg en pause ind',
    breakMinutes: 'Pausens minutter',
    breakAfter: 'Efter punktet',
    atStart: 'Først i mødet',
    addBreak: 'Tilføj pause',
    added: (title: string) => `${title} er lagt ind.`,
    reset: 'Nulstil til metodens dagsorden',
    resetTitle: 'Nulstil dagsordenen?',
    resetBody:
      'Minutter, rækkefølge, pauser og valgte spørgsmål går tilbage til metodens skabelon.',
    resetConfirm: 'Ja, nulstil',
    resetWhileRunning: 'Dagsordenen kan ikke nulstilles, mens mødet kører.',
    total: (planned: number) => `Planlagt i alt: ${planned} min`,
    tooFull: 'Dagsordenen har ikke plads til flere punkter.',
  },

  groups: {
    heading: 'Grupper',
    basis: (people: number) => `Regnet ud fra ${people} personer.`,
    basisPresent: (people: number) => `Regnet ud fra de ${people} fremmødte.`,
    unknown:
      'Antallet af deltagere kendes ikke. Skriv det under Forberedelse, eller tæl de fremmødte under Mødets forløb.',
    none: 'Der er ingen deltagere at dele i grupper.',
    one: 'Med én deltager er der ingen grupper: interview og gruppearbejde kræver mindst to.',
    two: 'Med to deltagere bliver I én gruppe: I interviewer hinanden på skift, og den, der spørger, noterer selv.',
    sizes: (groups: number, size: number) =>
      groups === 1 ? `1 gruppe på ${size}` : `${groups} grupper på ${size}`,
    countOff: (groups: number) =>
      groups === 1 ? 'Alle er i samme gruppe.' : `Tæl fra 1 til ${groups} rundt i lokalet.`,
    groupLabel: (n: number) => `Gruppe ${n}`,
    people: (n: number) => (n === 1 ? '1 person' : `${n} personer`),
    mixed: 'Afdelingerne er blandet, så hver gruppe får folk fra flere afdelinger.',
    unknownDepartment: 'ukendt afdeling',
    members: (parts: string) => `Fra: ${parts}`,
    rotationNotice: (turns: number, extra: number) =>
      `Ikke alle interviewgrupper er på 3: de største har brug for ${turns} runder (${extra} minutter ekstra). Grupper, der er færdige før, skriver svarene op.`,
    rotationHeading: 'Rotation for hver gruppestørrelse',
    unreached: (size: number, turns: number) =>
      `Grupperne på ${size} har brug for ${size} runder, men interviewet har ${turns}: ikke alle bliver interviewet.`,
    rotationShorter: (turns: number) =>
      `Grupperne er mindre end 3: rotationen har kun ${turns} runder.`,
    setTurns: (turns: number) => `Sæt interviewet til ${turns} runder`,
    turnsMatch: (turns: number) => `Interviewet har ${turns} runder – det passer til grupperne.`,
    turnsFailed: 'Interviewet kan ikke få flere runder: punktet ville blive for langt.',
    byWishIntro:
      'Spørg, hvilket ønske hver enkelt brænder mest for, og skriv hvor mange der vælger hvert ønske.',
    byWishEmpty:
      'Der er ingen prioriterede ønsker endnu. De kommer fra grupperne på 4 i mødets første punkt.',
    wishCount: (wish: string) => `Antal, der vælger: ${wish}`,
    wishCountPhones: (n: number) => (n === 1 ? '+ 1 fra telefonerne' : `+ ${n} fra telefonerne`),
    tooSmall: (wish: string, size: number, min: number) =>
      `»${wish}« har kun ${size} – en gruppe bør have mindst ${min}. Overvej at slå den sammen med en anden.`,
    tooLarge: (wish: string, size: number, max: number, sizes: number[]) =>
      `»${wish}« har ${size} – mere end ${max}. Del den i ${sizes.length} grupper (${sizes.join(' + ')}).`,
    wishTotal: (counted: number) => `Talt i alt: ${counted}`,
    byWishWaiting: 'Grupperne vises her, så snart der er talt op, hvem der vælger hvilket ønske.',
    splitAs: (sizes: number[]) => `Deles i ${sizes.join(' + ')}`,
    tooManyPeople: 'Grupperne kan ikke regnes ud for så mange deltagere. Tjek antallet.',
    noGroupsInMeeting: 'Dette møde har ingen gruppeinddeling på dagsordenen.',
  },

  record: {
    heading: 'Mødets forløb',
    startedAt: 'Startede',
    endedAt: 'Sluttede',
    notYet: 'Endnu ikke',
    present: 'Antal fremmødte',
    presentHint: 'Tæl de fremmødte: grupperne regnes så ud fra dette tal.',
    actual: 'Faktisk tid pr. punkt',
    noActual: 'Ingen punkter er afsluttet endnu.',
    minutes: (n: number) => `${n.toLocaleString('da-DK')} min`,
  },

  capture: {
    heading: 'Det, grupperne skriver',
    none: 'Der er intet at skrive ned i dette punkt – brug parkeringspladsen til emner, der dukker op.',
  },

  projector: {
    heading: 'Projektor',
    open: 'Åbn projektorvinduet',
    soundBlocked:
      'Projektoren kan ikke ringe endnu: browseren venter på et klik i projektorvinduet. Klik én gang i det.',
    soundMuted: 'Lyden er slået fra på projektoren.',
    openHint:
      'Træk vinduet over på projektoren og tryk F11 eller knappen Fuld skærm. Det følger dette vindue.',
    blocked: 'Browseren stoppede vinduet. Tillad pop op-vinduer for denne side, og prøv igen.',
    shows: 'Projektoren viser',
    pagesLabel: 'Sider på projektoren',
    pageOf: (page: number, pages: number) => `Projektoren viser side ${page} af ${pages}`,
    previousPage: 'Forrige side',
    nextPage: 'Næste side',
    views: {
      agenda: 'Ur og punkt',
      groups: 'Grupper',
      gallery: 'Galleri',
      ranking: 'Rangliste',
      parking: 'Parkeringsplads',
      themedList: 'Bruttoliste efter tema',
      proposals: 'Forslag',
    } satisfies Record<ProjectorView, string>,
  },

  screen: {
    title: 'Projektor',
    notStarted: 'Mødet er ikke startet',
    startsWith: (title: string) => `Vi begynder med: ${title}`,
    finished: 'Mødet er slut',
    thanks: 'Tak for i dag.',
    paused: 'Pause',
    noAgenda: 'Der er ingen punkter på dagsordenen.',
    roundLeft: (time: string) => `${time} tilbage af runden`,
    roundEnded: 'Runden er slut',
    swapRoles: 'Byt roller',
    /** Where group sizes differ: who swaps now, and who has done their rotation. */
    swapRolesFor: (sizes: number[]) => `Grupper på ${sizes.join(' og ')}: byt roller`,
    writeUpFor: (sizes: number[]) => `grupper på ${sizes.join(' og ')}: skriv svarene op`,
    writeUp: 'Skriv svarene op',
    pageOf: (page: number, pages: number) => `Side ${page} af ${pages}`,
    continued: 'fortsat',
    stepEnded: 'Tiden er gået',
    soundLocked: 'Klik her, så uret kan ringe',
    mute: 'Slå lyd fra',
    unmute: 'Slå lyd til',
    fullscreen: 'Fuld skærm',
    exitFullscreen: 'Forlad fuld skærm',
    timeLeft: 'Tid tilbage',
    overrun: 'Over tid',
    questions: 'Spørgsmål',
    groupsHeading: 'Grupper',
    notFoundTitle: 'Processen findes ikke',
    notFoundBody:
      'Projektorvinduet kan ikke finde processen. Den kan være slettet, eller adressen er forkert. Åbn vinduet igen fra mødesiden.',
  },
};
