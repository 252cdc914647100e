import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useIdle } from './useIdle';

/** The toolbar fades this long after the mouse last moved, so the room sees only the content. */
export const TOOLBAR_IDLE_MS = 3000;

/**
 * Sound and full-screen toggles, in a corner of the projector; and while the browser still holds
 * back sound, a button asking for the click that lets the chime play. It hides while nothing
 * moves the mouse (the click-for-sound button stays until it is clicked).
 */
export function ProjectorToolbar({
  muted,
  soundLocked,
  onUnlockSound,
  onToggleMuted,
}: {
  muted: boolean;
  soundLocked: boolean;
  onUnlockSound: () => void;
  onToggleMuted: () => void;
}) {
  const t = useT().meeting.screen;
  const idle = useIdle(TOOLBAR_IDLE_MS);
  const hidden = idle && !(soundLocked && !muted);
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  return (
    <div className={`pj-toolbar${hidden ? ' is-idle' : ''}`} data-testid="projector-toolbar">
      {soundLocked && !muted ? (
        <button type="button" className="pj-button pj-sound-locked" onClick={onUnlockSound}>
          {t.soundLocked}
        </button>
      ) : null}
      <button type="button" className="pj-button" aria-pressed={muted} onClick={onToggleMuted}>
        {muted ? t.unmute : t.mute}
      </button>
      {document.fullscreenEnabled ? (
        <button type="button" className="pj-button" onClick={toggleFullscreen}>
          {fullscreen ? t.exitFullscreen : t.fullscreen}
        </button>
      ) : null}
    </div>
  );
}
