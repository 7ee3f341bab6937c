import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import {
  demoAdvanceSchema,
  demoResetSchema,
  demoStateSchema,
  faultSettingsSchema,
  type DemoState,
} from '../../src/api/contracts/demo';
import { clearQueuedFailures } from '../faults';
import { dispatchEveryTenant } from '../store/outbox';
import { store } from '../store/store';
import { parseRequest, fieldErrors, problem } from './problem';
import { documented, type RouteDoc } from './route-doc';

/** A Demo menu control, as the OpenAPI document describes it. */
export const demoControl = (summary: string, doc: Partial<RouteDoc> = {}): RouteDoc => ({
  summary,
  auth: 'none',
  demoOnly: true,
  response: demoStateSchema,
  ...doc,
});

function demoState(): DemoState {
  const { scenario, faults } = store.state;
  return { scenario, faults, now: new Date(store.now()).toISOString() };
}

/**
 * The Demo menu's controls. They exist in demo builds only, need no token and ignore injected
 * faults (otherwise "offline" could never be switched off again).
 */
export const demoHandlers = [
  documented(
    http.get(endpoints.demo.state, async () => {
      await store.refresh();
      return HttpResponse.json(demoState());
    }),
    demoControl('The scenario, the injected faults and the simulation clock'),
  ),

  documented(
    http.post(endpoints.demo.reset, async ({ request }) => {
      const parsed = parseRequest(demoResetSchema, await request.json().catch(() => null));
      if (!parsed.success) {
        return problem(400, 'Unknown scenario', { errors: fieldErrors(parsed.error.issues) });
      }
      clearQueuedFailures();
      await store.reset(parsed.data.scenario);
      return HttpResponse.json(demoState());
    }),
    demoControl('Reset the demo data to a scenario', { body: demoResetSchema }),
  ),

  documented(
    http.post(endpoints.demo.advance, async ({ request }) => {
      const parsed = parseRequest(demoAdvanceSchema, await request.json().catch(() => null));
      if (!parsed.success) {
        return problem(400, 'Some fields are not valid', {
          errors: fieldErrors(parsed.error.issues),
        });
      }
      await store.refresh();
      store.setNow(store.now() + parsed.data.minutes * 60_000);
      // What became due is sent now, with the notification settings in force.
      await dispatchEveryTenant(store.state, store.now());
      await store.save();
      return HttpResponse.json(demoState());
    }),
    demoControl('Move the simulation clock forward', { body: demoAdvanceSchema }),
  ),

  documented(
    http.put(endpoints.demo.faults, async ({ request }) => {
      const parsed = parseRequest(faultSettingsSchema, await request.json().catch(() => null));
      if (!parsed.success) {
        return problem(400, 'Some fields are not valid', {
          errors: fieldErrors(parsed.error.issues),
        });
      }
      await store.refresh();
      store.state.faults = parsed.data;
      await store.save();
      return HttpResponse.json(demoState());
    }),
    demoControl('Set the injected latency, error rate and offline mode', {
      body: faultSettingsSchema,
    }),
  ),
];
