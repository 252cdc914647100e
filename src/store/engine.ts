import type { Engine } from '../domain/engine';

let current: Engine | null = null;

/** Loads the domain engine (schemas, migrations, reducers); runs in parallel with hydration. */
export async function loadEngine(): Promise<Engine> {
  current ??= (await import('../domain/engine')).engine;
  return current;
}

/** The loaded engine. Nothing can be edited before hydration, which waits for it. */
export function engine(): Engine {
  if (!current) throw new Error('The domain engine is used before the store was started');
  return current;
}

/** Tests load the engine synchronously. */
export function setEngine(value: Engine): void {
  current = value;
}
