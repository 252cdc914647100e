import { useEffect, useState } from 'react';
import { clock } from '../store/clock';

/** This device's time, ticking every `ms` while `running`. */
export function useClock(running: boolean, ms = 1000): number {
  const [now, setNow] = useState(() => clock.now().getTime());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(clock.now().getTime()), ms);
    return () => clearInterval(id);
  }, [running, ms]);
  return now;
}
