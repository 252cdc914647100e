/** A value quoted in a sentence: at most 60 characters. */
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const commonDa = {
  appName: 'APV Dialog',
  skipToContent: 'Gå til indholdet',
  language: 'Sprog',
  languages: { da: 'Dansk', en: 'English' },
  nav: { home: 'Processer', backup: 'Sikkerhedskopi' },
  save: { saved: 'Alt er gemt', pending: 'Gemmer …', error: 'Kunne ikke gemme – prøv igen' },
  actions: {
    open: 'Åbn',
    rename: 'Omdøb',
    delete: 'Slet',
    cancel: 'Annuller',
    confirm: 'Bekræft',
    undo: 'Fortryd',
    add: 'Tilføj',
    remove: 'Fjern',
    close: 'Luk',
    download: 'Hent',
  },
  validation: {
    required: 'Skal udfyldes.',
    wholeNumber: 'Skriv et helt tal på 1 eller mere.',
    wholeNumberZero: 'Skriv et helt tal på 0 eller mere.',
    tooLarge: (max: number) => `Tallet må højst være ${max.toLocaleString('da-DK')}.`,
    date: 'Skriv en gyldig dato.',
    dateTime: 'Skriv en gyldig dato og et klokkeslæt.',
    tooLong: (max: number) => `Teksten må højst være ${max} tegn.`,
    tooLongCut: (max: number, n: number) =>
      `Teksten er ${n} tegn. Kun de første ${max} tegn gemmes – forkort den, hvis resten skal med.`,
  },
  draftOffer: {
    notice: (text: string) => `Du har en ikke-gemt tekst: »${clip(text, 120)}«`,
    takeBack: 'Tag den tilbage',
    throwAway: 'Smid den væk',
  },
  changedElsewhere: {
    notice: (theirs: string) =>
      theirs.trim() === ''
        ? 'Ændret i et andet vindue: feltet blev tømt.'
        : `Ændret i et andet vindue til »${clip(theirs)}«.`,
    restore: (mine: string) =>
      mine.trim() === '' ? 'Tøm feltet igen' : `Sæt min værdi tilbage (»${clip(mine)}«)`,
    dismiss: 'Behold ændringen',
  },
  notFound: {
    title: 'Siden findes ikke',
    process:
      'Processen findes ikke længere på denne computer. Den kan være slettet i et andet vindue.',
    back: 'Tilbage til processerne',
  },
  crash: {
    title: 'Noget gik galt',
    body: 'Dine data er gemt. Genindlæs siden for at fortsætte.',
    reload: 'Genindlæs',
  },
  newerVersion: {
    title: 'Der er kommet en nyere version af appen',
    body: 'Den er åbnet i et andet vindue. Ændringer, du laver her, når ikke frem til det vindue. Genindlæs siden for at fortsætte.',
    reload: 'Genindlæs siden',
  },
  quarantine: {
    title: 'Nogle gemte data kunne ikke læses',
    body: (n: number) =>
      n === 1
        ? 'Én gemt proces passer ikke til det forventede format. Den er lagt til side og ikke slettet. Hent den rå fil, hvis du vil redde indholdet.'
        : `${n} gemte processer passer ikke til det forventede format. De er lagt til side og ikke slettet. Hent de rå filer, hvis du vil redde indholdet.`,
    download: 'Hent rå data',
    dismiss: 'Slet den tilsidelagte kopi',
    confirmDismiss: 'Slette den tilsidelagte kopi for altid?',
  },
};
