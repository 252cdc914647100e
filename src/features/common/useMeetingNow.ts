import { useEffect, useRef, useState } from 'react';
import type { MeetingRun } from '../../domain/agenda/section';
import { readTimer } from '../../domain/agenda/timerReading';
import { timerStatus } from '../../domain/agenda/timer';
import { clock } from '../../store/clock';
import { msToNextSecond } from './clockFormat';

const epochMs = () => clock.now().getTime();

/** A few ms past the second, so the re-render lands after the displayed value changed. */
const TICK_MARGIN_MS = 4;
/** While nothing runs, only the forecast (minutes) depends on the time. */
const IDLE_REFRESH_MS = 15_000;

/**
 * The time (epoch ms) a meeting's timer is read at. The time itself is derived, never
 * stored: this re-renders right after each whole second while the timer runs (not on a
 * fixed interval, so the display is never a tick behind), at once after any timer event,
 * and when the window becomes visible again.
 */
export function useMeetingNow(run: MeetingRun | undefined): number {
  // A fresh object each tick, so a tick always re-renders even when the clock stood still.
  const [tick, setTick] = useState(() => ({ at: epochMs() }));
  const timer = run?.timer;
  const agenda = run?.agenda;
  const seenTimer = useRef(timer);

  useEffect(() => {
    if (!timer || !agenda) return;
    const changed = seenTimer.current !== timer;
    seenTimer.current = timer;
    let delay = IDLE_REFRESH_MS;
    if (changed) delay = 0;
    else if (timerStatus(timer) === 'running') {
      const reading = readTimer(timer, agenda, epochMs());
      delay = msToNextSecond(reading?.elapsedMs ?? 0) + TICK_MARGIN_MS;
    }
    const id = setTimeout(() => setTick({ at: epochMs() }), delay);
    return () => clearTimeout(id);
  }, [timer, agenda, tick]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setTick({ at: epochMs() });
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  return tick.at;
}
