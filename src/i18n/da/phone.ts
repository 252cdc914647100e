/** The phone page's texts (its own small entry loads only these). */
export const phoneDa = {
  title: 'Dialogmøde',
  language: 'English',
  languageName: 'Sprog',
  connecting: 'Forbinder …',
  offline: 'Ingen forbindelse lige nu. Det, du skriver, gemmes her og sendes, når du er på igen.',
  waiting: 'Mødet er ikke gået i gang endnu. Siden følger med af sig selv.',
  closed: 'Mødelederen har lukket rummet. Tak, fordi du var med!',
  badLink:
    'Linket virker ikke. Det er måske klippet over eller skrevet forkert. Scan QR-koden igen.',
  refused: 'Rummet findes ikke længere, eller linket er ikke gyldigt. Scan QR-koden igen.',
  newer: 'Mødet bruger en nyere udgave af siden. Genindlæs siden for at være med.',
  reload: 'Genindlæs',
  codeLabel: 'Rummets kode',
  codeHint: 'Koden står på lærredet under QR-koden.',
  codeWrong: (length: number) =>
    `Koden kan ikke læses. Den har ${length} tegn – se efter på lærredet.`,
  codeJoin: 'Gå ind i rummet',
  step: (n: number, of: number) => `Trin ${n} af ${of}`,
  tasks: {
    none: 'Lyt med – der er ikke noget at skrive på telefonen i dette trin.',
    strengths: 'Gruppens referent skriver gruppens styrker her.',
    wishes: 'Gruppens referent skriver gruppens ønsker her.',
    vote: 'Du har 3 streger. Sæt dem ved de ønsker, du tror mest på.',
    priority:
      'Gruppens referent vælger gruppens ønske og skriver 3 korte forslag til, hvordan det kan gå i opfyldelse.',
    action:
      'Vælg det ønske, du brænder mest for. Referenten skriver gruppens forslag under de tre overskrifter.',
  },
  stepNames: {
    strengths: 'Interview: styrker',
    wishes: 'Brainstorm: ønsker',
    vote: 'Udvælgelse',
    priority: 'Gruppernes prioritering',
    action: 'Forslag til handling',
    none: 'Dialogmødet',
  },
  clock: 'Tid tilbage',
  clockOver: 'Tiden er gået',
  paused: 'Sat på pause',
  group: 'Din gruppe',
  groupHint: 'Det nummer, du blev talt op til.',
  noGroup: 'Vælg gruppe',
  strengthLabel: 'En styrke',
  wishLabel: 'Et ønske',
  add: 'Tilføj',
  limit: (max: number) => `Højst ${max} tegn.`,
  chooseGroupFirst: 'Vælg først din gruppe.',
  groupList: (group: number) => `Gruppe ${group}s liste`,
  emptyList: 'Intet endnu.',
  sending: 'Sendes, når der er forbindelse',
  marksLeft: (left: number) =>
    left === 0
      ? 'Alle 3 streger er sat.'
      : left === 1
        ? '1 streg tilbage.'
        : `${left} streger tilbage.`,
  giveMark: 'Sæt en streg',
  takeMark: 'Fjern en streg',
  yourMarks: (n: number) => (n === 1 ? '1 streg fra dig' : `${n} streger fra dig`),
  noMarksLeft: 'Du har brugt dine 3 streger. Fjern en, hvis du vil flytte den.',
  countsHidden: 'Optællingen vises, når mødelederen lukker afstemningen og viser listen.',
  voteClosed: 'Afstemningen er lukket. Tak!',
  voteNotYet: 'Afstemningen er ikke åbnet endnu.',
  total: (n: number) => (n === 1 ? '1 streg i alt' : `${n} streger i alt`),
  twoPhones: 'Én person, én telefon: to telefoner tæller som to deltagere.',
};
