import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

// The repository's own axe-core (4.14, with label-content-name-mismatch among its default rules).
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string | undefined }[];
}

/**
 * Waits (up to 2 s) for the page's finite CSS transitions and animations to end: colour checks
 * taken halfway through a theme switch or a button's hover or enabled transition measure colours
 * no one sees for long. Endless animations (spinners) are left running.
 */
async function settled(page: Page) {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([
      Promise.allSettled(finite.map((a) => a.finished)),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]);
  });
}

/**
 * Fails on serious or critical axe violations on the page as it is now (the main frame: the
 * portal has no iframes).
 *
 * Runs axe-core in the page directly rather than through `@axe-core/playwright`'s AxeBuilder,
 * which opens a second page to assemble each result and re-injects axe every call: 2.5–4 s per
 * check here against ~1 s, for the same rules and results. axe is injected once per document.
 */
export async function expectAccessible(page: Page, context = page.url()) {
  await settled(page);
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axeSource);
  // The whole document with axe's default rules: nothing is excluded (Fluent's focus sentinels on
  // <body> are inert while no modal is open: src/lib/focus-sentinels.ts).
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
    };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        html: n.html,
        failureSummary: n.failureSummary,
      })),
    }));
  });
  const summary = (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`)
          .join('\n  ')}`,
    );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}
