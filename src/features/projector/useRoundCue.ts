import { useEffect, useRef, useState } from 'react';
import type { MeetingRun } from '../../domain/agenda/section';
import { cueKey, readTimer, shouldChime } from '../../domain/agenda/timerReading';

/** How long the visual cue stays after a round or the step's time ends. */
export const CUE_MS = 8_000;

export interface RoundCue {
  /** 'step': the step's time is up; 'round': a sub-round ended and the next began. */
  kind: 'round' | 'step';
  stepId: string;
  at: number;
  sounded: boolean;
}

const stepOfKey = (key: string | null) =>
  key === null ? null : key.slice(0, key.lastIndexOf('#'));

/**
 * Watches for the end of a sub-round or of the step's time; then chimes (via `chime`) and
 * returns a cue to show for CUE_MS, within the same step. A reloaded window starts without
 * a previous key, so it never chimes for a round that ended before it opened.
 */
export function useRoundCue(
  run: MeetingRun | undefined,
  now: number,
  chime: () => boolean,
): RoundCue | null {
  const key = run ? cueKey(run.timer, run.agenda, now) : null;
  const previous = useRef<string | null>(null);
  const [cue, setCue] = useState<RoundCue | null>(null);
  const latest = useRef({ run, now, chime });
  useEffect(() => {
    latest.current = { run, now, chime };
  });

  useEffect(() => {
    const before = previous.current;
    previous.current = key;
    if (key === null || !shouldChime(before, key)) return;
    const { run: r, now: at, chime: play } = latest.current;
    const reading = r ? readTimer(r.timer, r.agenda, at) : null;
    const next: RoundCue = {
      kind: reading?.isOverrun ? 'step' : 'round',
      stepId: stepOfKey(key) ?? '',
      at,
      sounded: play(),
    };
    // Deferred a tick: the cue follows from this render rather than being part of it.
    const id = setTimeout(() => setCue(next), 0);
    return () => clearTimeout(id);
  }, [key]);

  const visible = cue !== null && now - cue.at < CUE_MS && stepOfKey(key) === cue.stepId;
  return visible ? cue : null;
}
