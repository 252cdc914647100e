export const backupDa = {
  title: 'Sikkerhedskopi',
  intro:
    'Gem jeres processer i en fil, så I kan flytte dem til en anden computer eller have en kopi liggende. Filen indeholder alt, hvad I har skrevet.',
  exportAll: 'Gem alle processer i en fil',
  exportOne: 'Gem denne proces i en fil',
  nothingToExport: 'Der er ingen processer at gemme endnu.',
  importHeading: 'Hent fra en fil',
  importLabel: 'Vælg en sikkerhedskopi (.json)',
  importHint: 'Filen kontrolleres helt, før noget ændres. Er der fejl, sker der intet.',
  imported: (n: number) => (n === 1 ? 'Én proces er hentet ind.' : `${n} processer er hentet ind.`),
  migrated: (n: number) => ` ${n} af dem var fra en ældre version og er opdateret.`,
  conflictTitle: 'Processen findes allerede',
  conflictBody: (name: string) =>
    `»${name}« findes allerede på denne computer. Vil du erstatte den, eller beholde begge?`,
  replace: 'Erstat den eksisterende',
  keepBoth: 'Behold begge',
  copySuffix: '(kopi)',
  errors: {
    empty: 'Filen er tom.',
    tooLarge: (mb: string, limitMb: string) =>
      `Filen er for stor (${mb} MB). En sikkerhedskopi må højst fylde ${limitMb} MB.`,
    syntax: 'Filen er ikke gyldig JSON. Den kan være beskadiget eller ikke være en sikkerhedskopi.',
    notBackup: 'Filen er ikke en sikkerhedskopi fra APV Dialog.',
    otherKind: (kind: string) =>
      `Filen er fra APV Dialog, men indeholder »${kind}« og ikke processer.`,
    noProcesses: 'Sikkerhedskopien indeholder ingen processer.',
    processPrefix: (n: number, name: string | null) =>
      name ? `Proces nr. ${n} (»${name}«): ` : `Proces nr. ${n}: `,
    notAnObject: 'den er ikke en proces.',
    noVersion: 'den mangler et gyldigt versionsnummer.',
    newerVersion: (v: number) =>
      `den er lavet med en nyere version af appen (format ${v}). Opdater appen og prøv igen.`,
    unsafeKey: (key: string) =>
      `den indeholder nøglen »${key}«, som kan bruges til angreb, og er afvist.`,
    invalid: (paths: string) => `felterne passer ikke til formatet (${paths}).`,
    readFailed: 'Filen kunne ikke læses.',
    nothingChanged: 'Intet er ændret.',
  },
  status: {
    title: 'Er jeres data sikre?',
    persisted: 'Browseren har lovet at beholde jeres data, også hvis der bliver mangel på plads.',
    notPersisted:
      'Browseren kan slette jeres data, hvis der mangler plads på computeren, og Safari sletter dem, når appen ikke har været brugt i 7 dage. Gem en sikkerhedskopi jævnligt.',
    unknown:
      'Browseren fortæller ikke, om den beholder jeres data. Gem en sikkerhedskopi jævnligt.',
    askPersist: 'Bed browseren om at beholde data',
    lastBackup: (date: string) => `Seneste sikkerhedskopi fra denne browser: ${date}.`,
    noBackup: 'Der er endnu ikke gemt en sikkerhedskopi fra denne browser.',
    unbacked: (names: string[]) =>
      `Ændret siden seneste sikkerhedskopi: ${names.map((n) => `»${n}«`).join(', ')}.`,
    remind: 'Det er mere end en uge siden. Gem en sikkerhedskopi nu.',
    toBackup: 'Til sikkerhedskopi',
    dateFormat: "d. MMMM yyyy 'kl.' HH.mm",
  },
  lost: {
    title: 'Browseren slettede appens gemte data',
    body: 'Mens appen var åben, blev dens data i browseren slettet (fx med »Ryd webstedsdata«). Appen har gemt alt, hvad den viste, igen. Gem en sikkerhedskopi nu, så I også har en kopi uden for browseren.',
    dismiss: 'Luk',
  },
};
