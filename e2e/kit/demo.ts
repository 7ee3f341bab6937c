import type { Page } from '@playwright/test';
import {
  demoStateSchema,
  noFaults,
  type DemoState,
  type FaultSettings,
} from '../../src/api/contracts/demo';
import type { ScenarioName } from '../../src/api/contracts/vocabulary';
import { endpoints } from '../../src/api/endpoints';
import { mockBackendReady } from './service';

/**
 * The demo controls, through the demo API (`/api/demo/*`), from inside `page`.
 *
 * The mock backend runs in the page (MSW service worker, state in IndexedDB), so these calls are
 * made with the page's own `fetch`: Playwright's `request` fixture would bypass the service worker
 * and reach the static preview server. The demo endpoints need no token and ignore injected
 * faults. After a change the page is reloaded so every view reads the new state, as the Demo
 * menu does for a scenario switch. Use the `DemoMenu` page object to test the menu itself.
 */
async function call(page: Page, method: string, path: string, body?: unknown): Promise<DemoState> {
  await mockBackendReady(page);
  const answer = await page.evaluate(
    async ([m, p, b]) => {
      const response = await fetch(p, {
        method: m,
        headers: { 'Content-Type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    [method, path, body] as const,
  );
  if (answer.status !== 200) {
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  }
  return demoStateSchema.parse(answer.json);
}

async function reloaded(page: Page, state: DemoState) {
  await page.reload();
  return state;
}

export const demo = {
  /** Scenario, simulation clock (`now`) and faults. */
  state: (page: Page) => call(page, 'GET', endpoints.demo.state),
  /** Resets the demo data to `scenario` (the current one if omitted) and reloads. */
  reset: async (page: Page, scenario?: ScenarioName) =>
    reloaded(
      page,
      await call(page, 'POST', endpoints.demo.reset, {
        scenario: scenario ?? (await demo.state(page)).scenario,
      }),
    ),
  /**
   * Moves the simulation clock forward by `minutes` (sensors start, outages open issues, alerts
   * arrive…). `reload: false` leaves the page as it is, to see what an open page notices by itself
   * (the timeline announcing new alerts).
   */
  advanceTime: async (page: Page, minutes: number, options: { reload?: boolean } = {}) => {
    const state = await call(page, 'POST', endpoints.demo.advance, { minutes });
    return options.reload === false ? state : reloaded(page, state);
  },
  /** Injects faults into every API call: added latency, a share of 500s, offline. */
  setFaults: async (page: Page, faults: Partial<FaultSettings>) =>
    reloaded(page, await call(page, 'PUT', endpoints.demo.faults, { ...noFaults, ...faults })),
  /** Removes every injected fault. */
  clearFaults: async (page: Page) =>
    reloaded(page, await call(page, 'PUT', endpoints.demo.faults, noFaults)),
};
