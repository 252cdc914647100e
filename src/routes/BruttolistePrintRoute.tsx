import { BruttolistePrint } from '../features/assessment/BruttolistePrint';

export function Component() {
  return <BruttolistePrint />;
}
