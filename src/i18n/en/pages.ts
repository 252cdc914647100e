import type { PageTexts } from '../dictionary';
import { agendaEn } from './agenda';
import { backupEn } from './backup';
import { captureEn } from './capture';
import { meetingEn } from './meeting';
import { planEn } from './plan';
import { wishesEn } from './wishes';
import { refusedEn } from './refused';
import { preparationEn } from './preparation';
import { shareEn } from './share';

export const enPages: PageTexts = {
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
