export const wishesDa = {};
