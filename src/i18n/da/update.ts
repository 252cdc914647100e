export const updateDa = {
  title: 'Ny version klar.',
  body: 'Tryk på »Genindlæs«, når det passer jer. Jeres data bliver, hvor de er.',
  meetingRunning:
    'Et møde kører. Den nye version venter, til mødet er sat på pause eller afsluttet, så hverken styringen eller projektoren skifter midt i mødet.',
  reload: 'Genindlæs',
  later: 'Senere',
  /** The installed app (web app manifest) and the page's description; built in Danish. */
  app: {
    name: 'APV Dialog – arbejdspladsvurdering med dialog',
    description:
      'Lav den lovpligtige APV med den anerkendende dialogmetode: dagsorden og nedtælling til dialogmøderne, bruttoliste, vurdering, handleplan og opfølgning. Virker uden net; alt gemmes på computeren.',
    pageDescription:
      'APV med den anerkendende dialogmetode: dialogmøder, bruttoliste, vurdering, handleplan og opfølgning. Virker uden net.',
  },
};
