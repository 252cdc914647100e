import { stressProcess } from '../stressProcess.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { median, ratio } from '../lib/stats.mjs';
import { putRecord } from '../lib/idb.mjs';

const RUNS = 3;
/** Every page of a process, by its hash path under /proces/<id>. */
const PAGES = [
  ['dashboard', ''],
  ['preparation', '/forberedelse'],
  ['meeting1', '/dialogmoede-1'],
  ['assessment', '/vurderingsmoede'],
  ['bruttoliste', '/bruttoliste'],
  ['meeting2', '/dialogmoede-2'],
  ['plan', '/handleplan'],
  ['followup', '/opfoelgning'],
  ['bruttolistePrint', '/bruttoliste/udskrift'],
  ['planPrint', '/handleplan/udskrift'],
];

/**
 * Loads `path` afresh (the stored document read again) and returns the ms from navigation
 * until the page shows its heading with nothing loading, and its DOM nodes then.
 */
async function show(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('h1') !== null && document.querySelector('.loading') === null,
    null,
    { timeout: 120_000, polling: 'raf' },
  );
  return page.evaluate(() => ({
    ms: performance.now(),
    nodes: document.getElementsByTagName('*').length,
    quarantined: document.body.textContent.includes('kunne ikke læses'),
  }));
}

async function measurePages(context, baseURL, doc) {
  const page = await context.newPage();
  await page.goto(`${baseURL}/#/`);
  await page.waitForSelector('h1');
  await putRecord(page, `process:${doc.id}`, doc);
  // One unmeasured load, so a migration is done and stored before the measured ones.
  await show(page, `${baseURL}/#/proces/${doc.id}`);
  const pages = {};
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push(await show(page, `${baseURL}/#/proces/${doc.id}${path}`));
    if (runs.some((r) => r.quarantined)) throw new Error(`${doc.id} was set aside on ${name}`);
    pages[name] = {
      ms: median(runs.map((r) => r.ms)),
      nodes: Math.max(...runs.map((r) => r.nodes)),
    };
  }
  await page.close();
  return pages;
}

/**
 * stressPlanPageMs: the handleplan page of a process of 2,000 wishes, 6,000 marks and 200
 * initiatives, from navigation until it shows (median of 3 fresh loads), beside its floor: the
 * same page of the small v5 fixture. stressMaxDomNodes: the most DOM nodes any page of that
 * process shows, beside the same for the small one. Every page's time is in the details.
 */
export default {
  name: 'Pages of a very large process',
  async run({ baseURL, browser }) {
    const context = await (await browser()).newContext({ viewport: { width: 1366, height: 768 } });
    try {
      const small = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/v5.json'), 'utf8'));
      const big = stressProcess();
      const floor = await measurePages(context, baseURL, small);
      const stress = await measurePages(context, baseURL, big);
      const maxNodes = (pages) => Math.max(...Object.values(pages).map((p) => p.nodes));
      const largest = Object.entries(stress).sort((a, b) => b[1].nodes - a[1].nodes)[0][0];
      return {
        figures: {
          stressPlanPageMs: Math.round(stress.plan.ms),
          stressPlanPageFloorMs: Math.round(floor.plan.ms),
          stressPlanPageRatio: ratio(stress.plan.ms, floor.plan.ms),
          stressMaxDomNodes: maxNodes(stress),
          stressMaxDomNodesFloor: maxNodes(floor),
        },
        details: [
          [
            'stress process',
            `${big.wishes.wishes.length} wishes, ${big.wishes.marks.length} marks, ${big.plan.initiatives.length} initiatives`,
          ],
          ['largest page', largest],
          ...Object.entries(stress).map(([name, p]) => [
            `page ${name}`,
            `${Math.round(p.ms)} ms, ${p.nodes} nodes (small: ${Math.round(floor[name].ms)} ms, ${floor[name].nodes})`,
          ]),
        ],
      };
    } finally {
      await context.close();
    }
  },
};
