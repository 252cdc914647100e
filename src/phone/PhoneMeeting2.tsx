import type { RoomView } from '../domain/room/view';
import { PhoneAction } from './PhoneAction';
import type { PhoneTexts } from './PhoneApp';
import { PhonePriority } from './PhonePriority';
import type { PhoneRoom, PhoneState } from './phoneRoom';

/** Meeting 2's views, a chunk of their own: a phone in meeting 1 never loads them. */
export default function PhoneMeeting2(props: {
  task: 'priority' | 'action';
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  t: PhoneTexts;
}) {
  const { task, ...rest } = props;
  return task === 'priority' ? <PhonePriority {...rest} /> : <PhoneAction {...rest} />;
}
