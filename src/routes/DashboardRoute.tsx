import { Dashboard } from './Dashboard';
import { useNow } from '../components/useNow';
import { clock } from '../store/clock';

export function Component() {
  return <Dashboard now={useNow(clock)} />;
}
