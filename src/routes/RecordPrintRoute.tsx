import { RecordPrint } from '../features/plan/RecordPrint';

export function Component() {
  return <RecordPrint />;
}
