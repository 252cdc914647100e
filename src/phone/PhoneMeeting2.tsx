import type { RoomView } from '../domain/room/view';
import { phoneMeeting2Da } from '../i18n/da/phoneMeeting2';
import { phoneMeeting2En } from '../i18n/en/phoneMeeting2';
import { PhoneAction } from './PhoneAction';
import type { PhoneTexts } from './PhoneApp';
import { PhonePriority } from './PhonePriority';
import type { PhoneRoom, PhoneState } from './phoneRoom';

export type PhoneMeeting2Texts = typeof phoneMeeting2Da;

/**
 * Meeting 2's views, a chunk of their own with their texts: a phone in meeting 1 never loads
 * them, and the page's first load stays within its budget.
 */
export default function PhoneMeeting2(props: {
  task: 'priority' | 'action';
  language: 'da' | 'en';
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  t: PhoneTexts;
}) {
  const { task, language, ...rest } = props;
  const m = language === 'en' ? phoneMeeting2En : phoneMeeting2Da;
  return task === 'priority' ? <PhonePriority {...rest} m={m} /> : <PhoneAction {...rest} m={m} />;
}
