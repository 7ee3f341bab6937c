import { http, HttpResponse } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import {
  demoAdvanceSchema,
  demoResetSchema,
  faultSettingsSchema,
  type DemoState,
} from '../../src/api/contracts/demo';
import { clearQueuedFailures } from '../faults';
import { store } from '../store/store';
import { parseRequest, fieldErrors, problem } from './problem';

function demoState(): DemoState {
  const { scenario, faults } = store.state;
  return { scenario, faults, now: new Date(store.now()).toISOString() };
}

/**
 * The Demo menu's controls. They exist in demo builds only, need no token and ignore injected
 * faults (otherwise "offline" could never be switched off again).
 */
export const demoHandlers = [
  http.get(endpoints.demo.state, async () => {
    await store.refresh();
    return HttpResponse.json(demoState());
  }),

  http.post(endpoints.demo.reset, async ({ request }) => {
    const parsed = parseRequest(demoResetSchema, await request.json().catch(() => null));
    if (!parsed.success) {
      return problem(400, 'Unknown scenario', { errors: fieldErrors(parsed.error.issues) });
    }
    clearQueuedFailures();
    await store.reset(parsed.data.scenario);
    return HttpResponse.json(demoState());
  }),

  http.post(endpoints.demo.advance, async ({ request }) => {
    const parsed = parseRequest(demoAdvanceSchema, await request.json().catch(() => null));
    if (!parsed.success) {
      return problem(400, 'Some fields are not valid', {
        errors: fieldErrors(parsed.error.issues),
      });
    }
    await store.refresh();
    store.setNow(store.now() + parsed.data.minutes * 60_000);
    await store.save();
    return HttpResponse.json(demoState());
  }),

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
];
