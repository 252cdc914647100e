import { agendaDa } from './agenda';
import { backupDa } from './backup';
import { captureDa } from './capture';
import { meetingDa } from './meeting';
import { planDa } from './plan';
import { wishesDa } from './wishes';
import { refusedDa } from './refused';
import { preparationDa } from './preparation';
import { shareDa } from './share';

/** The other pages' sections; they load when a page other than the home page opens. */
export const daPages = {
  preparation: preparationDa,
  backup: backupDa,
  agenda: agendaDa,
  meeting: meetingDa,
  capture: captureDa,
  wishes: wishesDa,
  plan: planDa,
  refused: refusedDa,
  share: shareDa,
};
