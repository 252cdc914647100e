import { useNow } from '../components/useNow';
import { clock } from '../store/clock';
import { FollowupPage } from '../features/followup/FollowupPage';

export function Component() {
  return <FollowupPage now={useNow(clock)} />;
}
