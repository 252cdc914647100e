import { BruttolistePage } from '../features/wishes/BruttolistePage';

export function Component() {
  return <BruttolistePage />;
}
