import { roomDa } from '../../i18n/da/room';
import { roomEn } from '../../i18n/en/room';
import { useLanguage } from '../../i18n/useT';

/**
 * The meeting room's texts, in the chunks of the room's panel and invitation rather than in
 * the page dictionary every page loads (the projector's first load stays as it was).
 */
export function useRoomTexts(): typeof roomDa {
  return useLanguage() === 'en' ? roomEn : roomDa;
}
