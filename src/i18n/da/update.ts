export const updateDa = {
  title: 'Ny version klar',
  body: 'Tryk på »Genindlæs«, når det passer jer. Jeres data bliver, hvor de er.',
  meetingRunning:
    'Et møde kører. Den nye version venter, til mødet er sat på pause eller afsluttet, så hverken styringen eller projektoren skifter midt i mødet.',
  reload: 'Genindlæs',
  later: 'Senere',
};
