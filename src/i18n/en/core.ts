import type { CoreTexts } from '../dictionary';
import { commonEn } from './common';
import { homeEn } from './home';
import { processEn } from './process';
import { updateEn } from './update';

export const enCore: CoreTexts = {
  common: commonEn,
  home: homeEn,
  process: processEn,
  update: updateEn,
};
