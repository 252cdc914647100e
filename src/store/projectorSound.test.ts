import { afterEach, describe, expect, it } from 'vitest';
import { announceProjectorSound, watchProjectorSound, type ProjectorSound } from './projectorSound';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function watch(processId: string) {
  const heard: (ProjectorSound | null)[] = [];
  stops.push(watchProjectorSound(processId, (sound) => heard.push(sound)));
  return heard;
}

describe('the projector sound between windows', () => {
  it('tells a controller that the projector cannot chime, and when that changes', async () => {
    const heard = watch('p1');
    stops.push(announceProjectorSound('p1', 'blocked'));
    await settle();
    expect(heard).toEqual(['blocked']);
    stops.push(announceProjectorSound('p1', 'on'));
    await settle();
    expect(heard.at(-1)).toBe('on');
  });

  it('answers a controller that opens after the projector', async () => {
    stops.push(announceProjectorSound('p1', 'muted'));
    await settle();
    const heard = watch('p1');
    await settle();
    expect(heard).toEqual(['muted']);
  });

  it('says the projector is gone when its window closes', async () => {
    const heard = watch('p1');
    stops.push(announceProjectorSound('p1', 'on'));
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(heard).toEqual(['on', null]);
  });

  it('ignores other processes and malformed messages', async () => {
    const heard = watch('p1');
    stops.push(announceProjectorSound('p2', 'blocked'));
    const stranger = new BroadcastChannel('apv-dialog-projector-sound');
    stranger.postMessage({ kind: 'sound', processId: 'p1', sound: 'loud' });
    stranger.postMessage('blocked');
    await settle();
    stranger.close();
    expect(heard).toEqual([]);
  });
});
