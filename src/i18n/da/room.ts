import type { Verdict } from '../../domain/room/ledger';

/** The meeting room for phones: the controller's panel and the projector's invitation. */
export const roomDa = {
  heading: 'Telefoner i rummet',
  intro:
    'Lad deltagerne være med fra deres telefon: grupperne skriver styrker og ønsker, og alle sætter deres 3 streger. Papir og plakater virker stadig; du tæller papirstregerne ind som før.',
  introMeeting2:
    'Lad deltagerne være med fra deres telefon: grupperne vælger deres ønske og skriver forslag, og hver person siger, hvilket ønske de brænder mest for. Papir og håndsoprækning virker stadig.',
  privacy:
    'Telefonerne ser kun det aktuelle trin, uret og de ønsker, der stemmes om – aldrig resten af processen.',
  open: 'Åbn rummet for telefoner',
  opening: 'Åbner …',
  openFailed: 'Rummet kunne ikke åbnes. Serveren kunne ikke nås – prøv igen.',
  reopen: 'Åbn rummet igen',
  close: 'Luk rummet',
  remove: 'Fjern rummet',
  removeConfirm: 'Rummet slettes på serveren, og telefonernes link holder op med at virke.',
  closedNote: 'Rummet er lukket. Det, telefonerne sender nu, lægges til side her.',
  phonesIn: (n: number) => (n === 1 ? '1 telefon er med' : `${n} telefoner er med`),
  twoPhones: 'To telefoner fra samme person tæller som to.',
  link: 'Link til telefonerne',
  qr: 'QR-kode til telefonerne',
  connection: {
    connecting: 'Forbinder til serveren …',
    online: 'Forbundet',
    offline: 'Ingen forbindelse – telefonernes bidrag kommer, når forbindelsen er tilbage.',
    refused: 'Serveren afviste rummet.',
  },
  tookPart: 'Med pr. trin',
  tookPartStep: (step: string, n: number) => `${step}: ${n}`,
  vote: 'Afstemning på telefonerne',
  voteOpen: 'Afstemningen er åben i trinnet »Udvælgelse«.',
  voteClosed:
    'Afstemningen er lukket. Telefonerne ser optællingen, når rangeringen vises på projektoren.',
  closeVote: 'Luk afstemningen',
  reopenVote: 'Åbn afstemningen igen',
  marksBySource: (phone: number, paper: number) =>
    `${phone} ${phone === 1 ? 'streg' : 'streger'} fra telefoner og ${paper} fra papir`,
  aside: 'Lagt til side',
  asideIntro: 'Bidrag, der kom efter deres trin var slut, eller som ikke kunne tages med.',
  verdicts: {
    late: 'kom for sent',
    rateLimited: 'for mange på kort tid',
    roomFull: 'rummet er fuldt',
    badGroup: 'ukendt gruppe',
    unknownWish: 'ukendt ønske',
    notChosen: 'gruppen har ikke valgt det ønske',
    tooManyProposals: 'gruppen har allerede 3 forslag',
    hasProposals: 'gruppen har forslag til det ønske, den fravalgte',
  } satisfies Record<Exclude<Verdict, 'accepted'>, string>,
  asideMark: 'En streg',
  asideJoined: 'Kom ind',
  asideChoice: 'Gruppens valg af ønske',
  asideInterest: 'Et valg af ønske at arbejde med',
  takeAnyway: 'Tag med alligevel',
  takeAnywayLabel: (what: string) => `Tag med alligevel: ${what}`,
  interest: 'Ønsker at arbejde med (trin 2)',
  interestIntro: 'Hvem brænder for hvad: valg fra telefonerne og hænder, du har talt.',
  interestBySource: (wish: string, phone: number, paper: number) =>
    `${wish}: ${phone} fra telefoner og ${paper} talt i rummet`,
  unreadable: (n: number) => `${n} bidrag kunne ikke læses og er ikke taget med.`,
  marksRefused: (n: number) => `${n} telefonstreger kunne ikke tælles med (flere end rummet har).`,
  invite: 'Vær med fra telefonen',
  inviteHint: 'Scan QR-koden – intet login, intet navn.',
  inviteTyped: 'Eller gå til',
  inviteCode: 'og skriv rummets kode:',
};
