import { Dashboard } from './Dashboard';
import { useNow } from '../components/useNow';

export function Component() {
  return <Dashboard now={useNow()} />;
}
