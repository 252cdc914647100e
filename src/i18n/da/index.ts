import { agendaDa } from './agenda';
import { backupDa } from './backup';
import { captureDa } from './capture';
import { meetingDa } from './meeting';
import { planDa } from './plan';
import { wishesDa } from './wishes';
import { refusedDa } from './refused';
import { commonDa } from './common';
import { homeDa } from './home';
import { preparationDa } from './preparation';
import { processDa } from './process';
import { shareDa } from './share';

export const da = {
  common: commonDa,
  home: homeDa,
  process: processDa,
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
