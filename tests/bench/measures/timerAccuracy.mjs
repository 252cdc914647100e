import { startMeeting } from './meetingSetup.mjs';

const SAMPLE_MS = 10_000;

/** Samples the displayed digits at every animation frame for `ms`, in the page itself. */
function sampleDisplay(page, selector, ms) {
  return page.evaluate(
    ({ selector, ms }) =>
      new Promise((resolve) => {
        const samples = [];
        const end = Date.now() + ms;
        const frame = () => {
          const text = document.querySelector(selector)?.textContent ?? '';
          samples.push({ at: Date.now(), text });
          if (Date.now() < end) requestAnimationFrame(frame);
          else resolve(samples);
        };
        requestAnimationFrame(frame);
      }),
    { selector, ms },
  );
}

/**
 * How far a displayed "m:ss" is from the time the wall clock says is left. The display
 * rounds the remaining time up to whole seconds, so "14:52" is exactly right for any
 * remaining time in (14:51, 14:52]; the error is the distance from that interval (0 inside).
 */
function displayError({ at, text }, startedAt, totalMs) {
  const match = /^(\d+):(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`Unexpected display: ${text}`);
  const shownMs = (Number(match[1]) * 60 + Number(match[2])) * 1000;
  const remaining = totalMs - (at - startedAt);
  if (remaining > shownMs) return remaining - shownMs;
  if (remaining <= shownMs - 1000) return shownMs - 1000 - remaining;
  return 0;
}

/**
 * timerMaxErrorMs: a meeting runs for ~10 s with the controller and the projector open in
 * one browser; every animation frame of both windows is sampled and compared with the
 * stored start time and the wall clock. The figure is the largest error in either window.
 */
export default {
  name: 'Meeting timer accuracy (controller and projector)',
  async run({ baseURL, browser }) {
    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const { controller, projector, startedAt, totalMs } = await startMeeting(context, baseURL);
      const [onController, onProjector] = await Promise.all([
        sampleDisplay(controller, '[data-testid="controller-time"] .timer-digits', SAMPLE_MS),
        sampleDisplay(projector, '[data-testid="projector-time"]', SAMPLE_MS),
      ]);
      const worst = (samples) =>
        Math.max(...samples.map((s) => displayError(s, startedAt, totalMs)));
      const controllerMax = worst(onController);
      const projectorMax = worst(onProjector);
      return {
        figures: { timerMaxErrorMs: Math.round(Math.max(controllerMax, projectorMax)) },
        details: [
          [
            'controller',
            `${onController.length} frames, max error ${Math.round(controllerMax)} ms`,
          ],
          ['projector', `${onProjector.length} frames, max error ${Math.round(projectorMax)} ms`],
          ['method', 'rAF samples of the shown m:ss vs stored start + wall clock, ceil rounding'],
        ],
      };
    } finally {
      await context.close();
    }
  },
};
