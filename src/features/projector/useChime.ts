import { useCallback, useEffect, useRef, useState } from 'react';

const MUTED_KEY = 'apv-projector-muted';

function storedMuted(): boolean {
  try {
    return localStorage.getItem(MUTED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Two soft notes (Web Audio, no sound file): audible across a room, not alarming. */
function playTone(ctx: AudioContext): void {
  const start = ctx.currentTime + 0.02;
  [880, 660].forEach((frequency, i) => {
    const at = start + i * 0.35;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.4, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + 1);
  });
}

/**
 * The projector's chime, with a mute toggle remembered in localStorage. Browsers only let a
 * page play sound after a click or key press in it: the first one unlocks audio, and until
 * then `locked` is true, so the projector can ask for that click.
 */
export function useChime() {
  const [muted, setMuted] = useState(storedMuted);
  const [locked, setLocked] = useState(false);
  const ctx = useRef<AudioContext | null>(null);

  const audio = useCallback((): AudioContext | null => {
    if (!ctx.current && typeof AudioContext !== 'undefined') ctx.current = new AudioContext();
    return ctx.current;
  }, []);

  const unlock = useCallback(() => void audio()?.resume(), [audio]);

  useEffect(() => {
    // Made at once, so its state tells whether the browser lets this window play sound yet.
    const context = audio();
    const follow = () => setLocked(context?.state === 'suspended');
    follow();
    context?.addEventListener('statechange', follow);
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      context?.removeEventListener('statechange', follow);
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
      void ctx.current?.close();
      ctx.current = null;
    };
  }, [audio, unlock]);

  /** Plays the chime unless muted; true when a sound was started. */
  const chime = useCallback((): boolean => {
    if (muted) return false;
    const context = audio();
    if (!context) return false;
    void context.resume();
    playTone(context);
    return true;
  }, [audio, muted]);

  const toggleMuted = () => {
    const next = !muted;
    setMuted(next);
    try {
      localStorage.setItem(MUTED_KEY, next ? '1' : '0');
    } catch {
      // Private mode may refuse storage: the toggle still works for this window.
    }
  };

  return { muted, locked, unlock, toggleMuted, chime };
}
