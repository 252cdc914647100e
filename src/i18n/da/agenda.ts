import type {
  ActionHeadingId,
  Grouping,
  MeetingKey,
  QuestionId,
  SubRoundKind,
  TemplateStepId,
} from '../../domain/agenda/ids';

/** Texts for one agenda step: on the projector (title, room) and for the meeting leader. */
interface StepTexts {
  title: string;
  purpose: string;
  /** Short, for the projector. */
  room: string;
  /** For the meeting leader's screen only. */
  leader: string;
}

export const agendaDa = {
  meetings: {
    meeting1: '1. dialogmøde',
    meeting2: '2. dialogmøde',
  } satisfies Record<MeetingKey, string>,

  steps: {
    'm1-intro': {
      title: 'Fælles intro',
      purpose: 'Alle ved, hvad de to møder skal bruges til, og hvorfor vi arbejder anerkendende.',
      room: 'Velkommen. Vi ser på det, der virker – og på det, vi drømmer om. Spørg gerne løs.',
      leader:
        'Fortæl kort om forløbet: to møder med nogle ugers mellemrum, AMG’s vurdering imellem og en handleplan til sidst. Sig hvorfor I har valgt metoden, og giv plads til spørgsmål.',
    },
    'm1-interview': {
      title: 'Interview i 3-mandsgrupper',
      purpose:
        'Vi finder de stærke sider i vores psykiske arbejdsmiljø gennem hinandens historier.',
      room: 'Én spørger, én fortæller, én skriver. Vi bytter roller, når klokken lyder. Til sidst: de vigtigste pointer på en flip-over.',
      leader:
        'Del rummet i grupper på 3 og giv hver person et nummer. Runde 1: nr. 1 spørger nr. 2, runde 2: nr. 2 spørger nr. 3, runde 3: nr. 3 spørger nr. 1. Den tredje tager noter. Flip-over-arkene hænges op bagefter – de bliver styrkernes galleri.',
    },
    'm1-brainstorm': {
      title: 'Brainstorm i 6-mandsgrupper',
      purpose: 'Vi samler ønsker og drømme for vores trivsel fremover.',
      room: 'Kig først på galleriet. Skriv så alle jeres ønsker og drømme på flip-overen – intet er for stort.',
      leader:
        'Lad alle gå en tur forbi flip-over-arkene med styrker. Lav derefter grupper på 6 (mindst 2 grupper, også selv om I er under 12). Opfordr til at sige »ønske« og »drøm« højt – så bliver indvendinger om penge og gamle erfaringer mindre styrende.',
    },
    'm1-summary': {
      title: 'Fælles opsamling og præsentation',
      purpose: 'Alle ser alle gruppers ønsker, og vi får én samlet bruttoliste.',
      room: 'Gå rundt og læs de andre gruppers flip-over-ark. Én fra hver gruppe bliver ved gruppens ark og svarer på spørgsmål.',
      leader:
        'Efter 10 minutters rundgang beder du en fra hver gruppe om at opsummere gruppens flip-over-ark. Saml arkene, og stryg de ønsker, der går igen: resultatet er bruttolisten.',
    },
    'm1-selection': {
      title: 'Udvælgelse af vigtige drømme',
      purpose: 'Vi peger på de ønsker, der betyder mest – som input til vurderingsmødet.',
      room: 'Gå to og to. Hver person sætter 3 streger ved de ønsker, man tror eller håber mest på.',
      leader:
        'Tæl stregerne og gå videre med dem, der har flest – sigt efter 3–5 emner. Understreg, at listen er foreløbig: AMG og ledelsen vurderer den, før vi ses igen.',
    },
    'm2-priority': {
      title: 'Fælles intro og gruppevis prioritering',
      purpose: 'Vi hører AMG’s vurdering og vælger i grupper det ønske, vi vil arbejde videre med.',
      room: 'Grupper på 4: sig på skift, hvad du har tænkt over – de andre lytter uden at afbryde. Vælg så ét ønske og skriv 3 korte forslag.',
      leader:
        'AMG fremlægger sin vurdering ud fra den renskrevne bruttoliste, gerne med flip-over-arkene fra første møde fremme. Er personalegruppen lille, må hver gruppe vælge 2 ønsker.',
    },
    'm2-action': {
      title: 'Gruppearbejde om forslag til handling',
      purpose: 'Vi gør de prioriterede ønsker konkrete: hvem skal gøre hvad anderledes?',
      room: 'Vælg det ønske, du brænder mest for, og gå til den gruppe. Arbejd med de tre overskrifter.',
      leader:
        'Spørg ud i rummet, hvilket af de (måske 4–5) prioriterede ønsker hver enkelt helst vil arbejde med, og lad nye grupper danne sig efter ønske.',
    },
    'm2-presentation': {
      title: 'Fælles fremlæggelse og opsamling',
      purpose: 'Vi hører hinandens forslag og ved, hvad der sker nu.',
      room: 'Hver gruppe fremlægger kort. Har en anden gruppe allerede sagt det, så nævn kun det nye.',
      leader:
        'Tag fremlæggelserne tema for tema. Er tiden knap, så hør kun et par grupper. AMG slutter af med de næste skridt, og hvornår handleplanen kommer.',
    },
  } satisfies Record<TemplateStepId, StepTexts>,

  breakStep: {
    title: 'Pause',
    purpose: 'Et pusterum.',
    room: 'Pause – vi fortsætter, når pausen er slut.',
    leader: 'En pause du selv har lagt ind. Du kan fjerne den igen fra dagsordenen.',
  } satisfies StepTexts,

  subRounds: {
    interviewTurn: 'Interview',
    writeUp: 'Skriv de vigtigste pointer på flip-overen',
    galleryWalk: 'Rundgang ved flip-over-arkene',
    jointSummary: 'Fælles opsamling',
    amgPresentation: 'AMG fremlægger',
    speakingRound: 'Runde: hver siger sit',
    chooseWish: 'Vælg ét ønske',
    writeProposals: 'Skriv 3 forslag',
  } satisfies Record<SubRoundKind, string>,
  roundOf: (round: number, rounds: number) => `runde ${round} af ${rounds}`,

  groupings: {
    interview3: 'Grupper på 3',
    brainstorm6: 'Grupper på 6',
    meeting2Four: 'Grupper på 4',
    byWish: 'Grupper efter ønske',
  } satisfies Record<Grouping, string>,

  questions: {
    'm1q-energy': 'Hvad i vores hverdag giver dig mest energi?',
    'm1q-collaboration': 'Hvad lykkes allerbedst, når vi arbejder sammen?',
    'm1q-atBest':
      'Hvornår trives du bedst på arbejdet? Hvad sker der da – og hvad sker der ikke? Hvem gør hvad?',
    'm1q-mostPositive': 'Hvad er det bedste ved det psykiske arbejdsmiljø hos os?',
    'm1b-wishes': 'Hvad ønsker vi os af vores psykiske arbejdsmiljø?',
    'm1b-dreams': 'Hvad drømmer vi om, der kunne give (endnu) mere trivsel?',
    'm1b-keep': 'Hvilke ting fra galleriet – fx tre – vil vi for alt i verden holde fast i?',
    'm1b-bestWorkplace':
      'Forestil jer, at vi om et år er landets bedste arbejdsplads. Hvordan ser arbejdsmiljøet ud? Hvad gjorde kolleger og ledelse – og hvad lod de være?',
    'm1b-firstSteps': 'Hvilke tre skridt tager vi først for at komme tættere på drømmen?',
    'm2r-important': 'Står noget på listerne, som er særligt vigtigt for mig?',
    'm2r-surprise': 'Overrasker noget mig?',
    'm2r-workOn': 'Hvad synes jeg, vi skal arbejde videre med?',
    'm2r-addOrDeepen': 'Mangler der noget, eller skal noget uddybes?',
    'm2h-we': 'VI: hvad kan vi selv gøre på en ny måde, så ønsket går i opfyldelse?',
    'm2h-leader': 'LEDEREN: hvad kan lederen gøre på en ny måde, så ønsket går i opfyldelse?',
    'm2h-partners':
      'KUNDER OG SAMARBEJDSPARTNERE: hvad kan de gøre på en ny måde, så ønsket går i opfyldelse?',
  } satisfies Record<QuestionId, string>,

  /** Follow-up prompts under each heading of meeting 2's group work. */
  headingPrompts: {
    'm2h-we': {
      think: 'Hvordan kan vi som kolleger se anderledes på det?',
      act: 'Hvad kan vi som kolleger gøre på en ny måde?',
      contribute: 'Hvad kan hver enkelt af os bidrage med?',
      start: 'Hvad kan vi konkret sætte i gang?',
    },
    'm2h-leader': {
      think: 'Hvordan kan lederen se anderledes på det?',
      act: 'Hvad kan lederen gøre på en ny måde?',
      contribute: 'Hvordan gør lederen bedst en forskel?',
      start: 'Hvad kan vi konkret sætte i gang?',
    },
    'm2h-partners': {
      think: 'Hvordan kan kunder eller samarbejdspartnere se anderledes på det?',
      act: 'Hvad kan de gøre på en ny måde?',
      contribute: 'Hvordan kan de bidrage?',
      start: 'Hvad kan vi konkret sætte i gang?',
    },
  } satisfies Record<ActionHeadingId, Record<'think' | 'act' | 'contribute' | 'start', string>>,

  problems: {
    empty: 'Dagsordenen er tom. Nulstil den til metodens skabelon for at komme i gang.',
    allSkipped: 'Alle punkter er sprunget over. Tag mindst ét punkt med igen.',
    minutes: {
      notWhole: 'Skriv et helt antal minutter.',
      tooFew: 'Et punkt skal vare mindst 1 minut.',
      tooMany: 'Et punkt kan højst vare 240 minutter.',
    },
    questionsNeeded: 'Vælg mindst ét spørgsmål.',
  },

  timer: {
    status: {
      idle: 'Ikke startet',
      running: 'I gang',
      paused: 'Pause',
      finished: 'Mødet er slut',
    },
    start: 'Start mødet',
    pause: 'Pause',
    resume: 'Fortsæt',
    next: 'Næste punkt',
    previous: 'Forrige punkt',
    restart: 'Start punktet forfra',
    finish: 'Afslut mødet',
    extendBy: (minutes: number) => (minutes > 0 ? `+${minutes} min` : `−${-minutes} min`),
    stepOf: (step: number, steps: number) => `Punkt ${step} af ${steps}`,
  },

  customise: {
    minutes: 'Minutter',
    skip: 'Spring over',
    unskip: 'Tag med igen',
    remove: 'Fjern',
    moveUp: 'Flyt op',
    moveDown: 'Flyt ned',
  },
};
