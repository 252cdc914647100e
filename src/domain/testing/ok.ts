import { isRejection } from '../outcome';

/** For tests: the next state of an outcome, failing the test with the reason when refused. */
export function ok<S extends object>(outcome: S | string): S {
  if (isRejection(outcome)) throw new Error(`Refused: ${outcome}`);
  return outcome;
}
