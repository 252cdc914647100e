import { commonDa } from './common';
import { homeDa } from './home';
import { processDa } from './process';
import { updateDa } from './update';

/** The sections the shell and the home page read; they load first (see ../packs.ts). */
export const daCore = {
  common: commonDa,
  home: homeDa,
  process: processDa,
  update: updateDa,
};
