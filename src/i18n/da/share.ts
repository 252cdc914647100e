import type { ShareConnection, ShareRefusal } from '../../domain/sync/shareStatus';

export const shareDa = {
  heading: 'Del processen',
  intro:
    'Del processen med resten af arbejdsmiljøgruppen og lederen, så I kan arbejde i den samtidig – hver på sin egen computer, også uden net.',
  privacy:
    'Serveren gemmer kun krypterede data og kan ikke læse dem. Nøglen står i selve linket, så alle, der har linket, kan læse processen. Giv det kun til dem, der skal bruge det.',
  start: 'Del processen',
  starting: 'Deler …',
  startFailed:
    'Processen kunne ikke deles. Serveren kunne ikke nås – prøv igen, når der er forbindelse.',
  editLink: 'Link til at redigere',
  editLinkHint: 'Til arbejdsmiljøgruppen og lederen.',
  readLink: 'Link til at læse',
  readLinkHint: 'Til medarbejderne, arbejdsmiljørepræsentanten eller Arbejdstilsynet.',
  qr: (what: string) => `QR-kode: ${what}`,
  copy: 'Kopiér',
  copied: 'Kopieret',
  revoke: 'Tilbagekald linkene',
  revokeConfirm:
    'Alle nuværende links holder op med at virke, og der laves nye. Dem, der skal fortsætte, skal have de nye links.',
  revoked: 'Linkene er tilbagekaldt. Her er de nye.',
  name: 'Dit navn, som de andre ser',
  nameHint: 'Så de andre kan se, hvem der er med lige nu.',
  saveName: 'Gem navn',
  nameSaved: 'Navnet er gemt.',
  unnamed: 'En uden navn',
  here: 'Her lige nu',
  editingWhat: (name: string, what: string) => `${name} redigerer »${what}«`,
  connection: {
    connecting: 'Forbinder …',
    online: (devices: number) => (devices === 1 ? 'Delt · 1 enhed' : `Delt · ${devices} enheder`),
    offline: 'Offline – gemmes på denne enhed',
    refused: 'Ikke forbundet',
  } satisfies Record<ShareConnection, string | ((devices: number) => string)>,
  readOnly: 'Skrivebeskyttet',
  setAside: (count: number) =>
    count === 1
      ? '1 ændring fra en anden enhed kunne ikke læses og er lagt til side.'
      : `${count} ændringer fra andre enheder kunne ikke læses og er lagt til side.`,
  refusal: {
    unknownRoom: 'Den delte proces findes ikke på serveren. Tjek linket, eller bed om et nyt.',
    revoked: 'Linket er tilbagekaldt. Bed den, der delte processen, om et nyt link.',
    forbidden: 'Linket giver ikke adgang. Tjek, at det er kopieret helt, eller bed om et nyt.',
    wrongKey: 'Linkets nøgle passer ikke. Tjek, at linket er kopieret helt, eller bed om et nyt.',
    other: 'Serveren afviste forbindelsen. Prøv igen senere.',
  } satisfies Record<ShareRefusal, string>,
  join: {
    heading: 'Åbner den delte proces',
    opening: 'Henter processen …',
    badLink: 'Linket er ufuldstændigt. Tjek, at det er kopieret helt, eller bed om et nyt.',
    unreachable: 'Serveren kunne ikke nås. Prøv igen, når der er forbindelse.',
    retry: 'Prøv igen',
    home: 'Til forsiden',
  },
};
