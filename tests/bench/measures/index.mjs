/**
 * The benchmark's measurements, run in this order. Each module's default export is
 * `{ name, run(ctx) }` where run returns `{ figures: { key: number }, details?: [label, text][] }`.
 * ctx: { distDir, baseURL, browser: () => Promise<Browser> } (the browser is shared and lazy).
 * Add a figure by adding a module here.
 */
import entrySize from './entrySize.mjs';
import hydrateLarge from './hydrateLarge.mjs';
import projectorMainThread from './projectorMainThread.mjs';
import timerAccuracy from './timerAccuracy.mjs';
import wishesLatency from './wishesLatency.mjs';

export const measures = [
  entrySize,
  hydrateLarge,
  wishesLatency,
  timerAccuracy,
  projectorMainThread,
];
measures.push((await import('./exports.mjs')).default);
measures.push((await import('./sync.mjs')).default);
measures.push((await import('./windowsConverge.mjs')).default);
measures.push((await import('./stressPages.mjs')).default);
measures.push((await import('./room.mjs')).default);
measures.push((await import('./lighthouse.mjs')).default);
