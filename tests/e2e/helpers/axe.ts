import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/**
 * Runs axe on the page (or a part of it) and fails with a readable list of violations.
 * `include` limits the scan to a selector, e.g. 'dialog[open]'.
 */
export async function expectNoAxeViolations(
  page: Page,
  options: { include?: string; exclude?: string[]; tags?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(options.tags ?? WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const readable = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }));
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
  // An empty scan would pass trivially: make sure axe actually looked at something.
  expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0);
}
