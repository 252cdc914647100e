export const homeDa = {
  title: 'Jeres APV-processer',
  intro:
    'Her samler I hele APV-forløbet: forberedelsen, de to dialogmøder, vurderingsmødet, handleplanen og opfølgningen. Alt gemmes kun på denne computer.',
  empty: 'Der er ingen processer endnu. Opret den første for jeres arbejdsplads eller afdeling.',
  createLabel: 'Arbejdsplads eller afdeling',
  createPlaceholder: 'Fx Børnehuset Solsikken',
  create: 'Opret proces',
  columns: {
    name: 'Proces',
    phase: 'Aktuel fase',
    nextMeeting: 'Næste møde',
    actions: 'Handlinger',
  },
  noMeeting: 'Ikke planlagt',
  renameLabel: (name: string) => `Nyt navn til ${name}`,
  saveName: 'Gem navn',
  confirmDelete: (name: string) =>
    `Slet processen »${name}«? Alt indhold forsvinder fra denne computer. Du kan fortryde lige bagefter.`,
  deleteTitle: 'Slet processen?',
  deleted: (name: string) => `»${name}« er slettet.`,
};
