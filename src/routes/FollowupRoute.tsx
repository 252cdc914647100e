import { useNow } from '../components/useNow';
import { FollowupPage } from '../features/followup/FollowupPage';

export function Component() {
  return <FollowupPage now={useNow()} />;
}
