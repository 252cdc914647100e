import { startMeeting } from './meetingSetup.mjs';

const WINDOW_MS = 5_000;

/**
 * projectorMainThreadMsPerS: main-thread busy time per second of the projector window while
 * it counts down, from Chrome's own accounting (CDP Performance.getMetrics, TaskDuration:
 * time spent in main-thread tasks), the delta over WINDOW_MS divided by its seconds.
 */
export default {
  name: 'Projector main-thread load while counting down',
  async run({ baseURL, browser }) {
    const context = await (await browser()).newContext({ viewport: { width: 1920, height: 1080 } });
    try {
      const { projector } = await startMeeting(context, baseURL);
      await projector.bringToFront();
      const cdp = await context.newCDPSession(projector);
      await cdp.send('Performance.enable');
      const taskSeconds = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'TaskDuration').value;
      };
      await projector.waitForTimeout(1000); // settle after the start
      const before = await taskSeconds();
      const t0 = Date.now();
      await projector.waitForTimeout(WINDOW_MS);
      const after = await taskSeconds();
      const seconds = (Date.now() - t0) / 1000;
      const perSecond = ((after - before) * 1000) / seconds;
      return {
        figures: { projectorMainThreadMsPerS: Math.round(perSecond * 10) / 10 },
        details: [
          ['window', `${seconds.toFixed(1)} s at 1920×1080`],
          ['method', 'CDP Performance.getMetrics TaskDuration delta / seconds'],
        ],
      };
    } finally {
      await context.close();
    }
  },
};
