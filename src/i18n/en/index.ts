import type { Dictionary } from '../dictionary';
import { agendaEn } from './agenda';
import { backupEn } from './backup';
import { commonEn } from './common';
import { homeEn } from './home';
import { preparationEn } from './preparation';
import { processEn } from './process';

export const en: Dictionary = {
  common: commonEn,
  home: homeEn,
  process: processEn,
  preparation: preparationEn,
  backup: backupEn,
  agenda: agendaEn,
};
