import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import type { ScenarioName } from '../src/api/contracts/vocabulary';
import { paths } from '../src/config/paths';

export { expect };

/** Fails on serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page, context = page.url()) {
  // Only tabster's two body-level sentinels are left out: Fluent's Dialog/Popover (even closed)
  // create its modalizer, which keeps them on <body> until reload (issue 9 §1 report). Sentinels
  // anywhere else (arrow-key groups, in-content traps) are avoidable and still fail.
  const results = await new AxeBuilder({ page }).exclude('body > i[data-tabster-dummy]').analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = blocking.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)} — ${n.failureSummary ?? ''}`)
        .join('\n  ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Opens the start page in `scenario` (resetting the demo data) and signs in through the picker. */
export async function signInAs(page: Page, upn: string, scenario: ScenarioName = 'contoso') {
  await page.goto(`${paths.signedOut}?scenario=${scenario}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === paths.mockIdp.authorize);
  await page.getByRole('button', { name: new RegExp(upn.replace('.', '\\.')) }).click();
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/_mock-idp') && url.pathname !== paths.signedOut,
  );
}

/** The bearer token the portal sends to the API (read from a real request). */
export async function captureAccessToken(
  page: Page,
  trigger: () => Promise<unknown>,
): Promise<string> {
  const request = page.waitForRequest(
    (r) => r.url().includes('/api/') && !!r.headers().authorization,
  );
  await trigger();
  const header = (await request).headers().authorization ?? '';
  return header.replace(/^Bearer /, '');
}

export const test = base;
