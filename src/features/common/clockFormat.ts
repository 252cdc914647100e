/**
 * How the timer shows time: whole seconds. While counting down the seconds are rounded
 * up, so a 25-minute step shows 25:00 at its start and 0:00 exactly when its time is up;
 * once over time the display counts up from +0:00, rounded down.
 */
export interface ClockDisplay {
  text: string;
  overrun: boolean;
}

export function formatSeconds(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

export function clockDisplay(remainingMs: number): ClockDisplay {
  if (remainingMs > 0)
    return { text: formatSeconds(Math.ceil(remainingMs / 1000)), overrun: false };
  return { text: `+${formatSeconds(Math.floor(-remainingMs / 1000))}`, overrun: true };
}

/**
 * Milliseconds until the display next changes. Step and sub-round lengths are whole
 * minutes, so every displayed figure changes when the elapsed time crosses a whole second.
 */
export function msToNextSecond(elapsedMs: number): number {
  const into = ((elapsedMs % 1000) + 1000) % 1000;
  return 1000 - into;
}
