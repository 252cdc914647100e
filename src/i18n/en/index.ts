import type { Dictionary } from '../dictionary';
import { agendaEn } from './agenda';
import { backupEn } from './backup';
import { captureEn } from './capture';
import { meetingEn } from './meeting';
import { planEn } from './plan';
import { wishesEn } from './wishes';
import { refusedEn } from './refused';
import { commonEn } from './common';
import { homeEn } from './home';
import { preparationEn } from './preparation';
import { processEn } from './process';
import { shareEn } from './share';

export const en: Dictionary = {
  common: commonEn,
  home: homeEn,
  process: processEn,
  preparation: preparationEn,
  backup: backupEn,
  agenda: agendaEn,
  meeting: meetingEn,
  capture: captureEn,
  wishes: wishesEn,
  plan: planEn,
  refused: refusedEn,
  share: shareEn,
};
