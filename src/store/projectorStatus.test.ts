import { afterEach, describe, expect, it } from 'vitest';
import {
  announceProjectorStatus,
  watchProjectorStatus,
  type ProjectorSound,
  type ProjectorStatus,
} from './projectorStatus';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function watch(processId: string) {
  const heard: (ProjectorStatus | null)[] = [];
  stops.push(watchProjectorStatus(processId, (status) => heard.push(status)));
  return heard;
}
const sound = (s: ProjectorSound): ProjectorStatus => ({ sound: s, pages: null });

describe('the projector status between windows', () => {
  it('tells a controller that the projector cannot chime, and when that changes', async () => {
    const heard = watch('p1');
    stops.push(announceProjectorStatus('p1', sound('blocked')));
    await settle();
    expect(heard).toEqual([sound('blocked')]);
    stops.push(announceProjectorStatus('p1', sound('on')));
    await settle();
    expect(heard.at(-1)).toEqual(sound('on'));
  });

  it('tells how many pages the projector made of the view it shows', async () => {
    const heard = watch('p1');
    stops.push(
      announceProjectorStatus('p1', { sound: 'on', pages: { view: 'themedList', count: 3 } }),
    );
    await settle();
    expect(heard).toEqual([{ sound: 'on', pages: { view: 'themedList', count: 3 } }]);
  });

  it('answers a controller that opens after the projector', async () => {
    stops.push(announceProjectorStatus('p1', sound('muted')));
    await settle();
    const heard = watch('p1');
    await settle();
    expect(heard).toEqual([sound('muted')]);
  });

  it('says the projector is gone when its window closes', async () => {
    const heard = watch('p1');
    stops.push(announceProjectorStatus('p1', sound('on')));
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(heard).toEqual([sound('on'), null]);
  });

  it('ignores other processes and malformed messages', async () => {
    const heard = watch('p1');
    stops.push(announceProjectorStatus('p2', sound('blocked')));
    const stranger = new BroadcastChannel('apv-dialog-projector-sound');
    stranger.postMessage({ kind: 'sound', processId: 'p1', sound: 'loud', pages: null });
    stranger.postMessage({
      kind: 'sound',
      processId: 'p1',
      sound: 'on',
      pages: { view: 'ranking', count: 0 },
    });
    stranger.postMessage('blocked');
    await settle();
    stranger.close();
    expect(heard).toEqual([]);
  });
});
