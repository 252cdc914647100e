/**
 * A hybrid logical clock: wall time in milliseconds, a counter for events within the same
 * millisecond (or while a device's wall clock lags a time it has seen), and the device id
 * that breaks ties. Every device that has seen the same events orders them the same way, and
 * an event made after another was seen always sorts after it, whatever the wall clocks say.
 */
export interface Hlc {
  wall: number;
  counter: number;
  device: string;
}

/** Times a clock may carry: from 2000 until 2200. Keeps a broken clock from ruling forever. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);
const MAX_COUNTER = 999_999;
const DEVICE = /^[A-Za-z0-9_-]{8,40}$/;
const ENCODED = /^(\d{15})\.(\d{6})\.([A-Za-z0-9_-]{8,40})$/;

export const isDeviceId = (value: string): boolean => DEVICE.test(value);

/** The clock of a device that has seen nothing yet. */
export const hlcStart = (device: string): Hlc => ({ wall: EARLIEST, counter: 0, device });

/** The time of a new event made on this device at `nowMs`. */
export function hlcTick(last: Hlc, nowMs: number): Hlc {
  const wall = Math.max(last.wall, Math.min(Math.trunc(nowMs), LATEST));
  if (wall > last.wall) return { wall, counter: 0, device: last.device };
  return bump(last, wall);
}

/** This device's clock after it has seen `remote`: never behind anything it has seen. */
export function hlcSeen(last: Hlc, remote: Hlc): Hlc {
  if (compareHlc(remote, last) <= 0) return last;
  return { wall: remote.wall, counter: remote.counter, device: last.device };
}

/** Counts on within a millisecond; past the counter's room, moves to the next millisecond. */
function bump(last: Hlc, wall: number): Hlc {
  return last.counter < MAX_COUNTER
    ? { wall, counter: last.counter + 1, device: last.device }
    : { wall: wall + 1, counter: 0, device: last.device };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return (
    a.wall - b.wall ||
    a.counter - b.counter ||
    (a.device < b.device ? -1 : a.device > b.device ? 1 : 0)
  );
}

/** A fixed-width text that sorts as the clock does. */
export function encodeHlc({ wall, counter, device }: Hlc): string {
  return `${String(wall).padStart(15, '0')}.${String(counter).padStart(6, '0')}.${device}`;
}

/** The clock in `text`, or null when it is not one this app writes. */
export function decodeHlc(text: unknown): Hlc | null {
  if (typeof text !== 'string') return null;
  const match = ENCODED.exec(text);
  if (!match) return null;
  const wall = Number(match[1]);
  if (wall < EARLIEST || wall > LATEST) return null;
  return { wall, counter: Number(match[2]), device: match[3]! };
}
