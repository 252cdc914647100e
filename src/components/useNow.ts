import { useEffect, useState } from 'react';

/** Where the time comes from: the store's clock, passed in (components do not import the store). */
export interface TimeSource {
  now(): Date;
}

/** The current time from `clock`, refreshed every `intervalMs` (a minute by default). */
export function useNow(clock: TimeSource, intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const id = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(id);
  }, [clock, intervalMs]);
  return now;
}
