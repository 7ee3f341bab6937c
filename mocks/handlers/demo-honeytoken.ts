import { HttpResponse } from 'msw';
import {
  honeytokenSignInInputSchema,
  honeytokenSignInResultSchema,
  type HoneytokenSignInResult,
} from '../../src/api/contracts/entity-tags';
import { endpoints } from '../../src/api/endpoints';
import { store } from '../store/store';
import { COMPUTER, kindCode, USER } from '../world/directory/codes';
import { alertsOf } from './alert-context';
import { apiRoute } from './api-route';
import { entityContext } from './entity-context';
import { fieldErrors, problem } from './problem';

/** Honeytoken activity (catalog §3.2). */
const HONEYTOKEN_ACTIVITY = '2014';

/**
 * Demo menu → Simulate honeytoken sign-in: the account authenticates from the computer now (on the
 * simulation clock). A honeytoken account (or device) raises a Honeytoken activity alert, stored
 * as a simulated alert of the tenant; any other sign-in raises nothing. A simulation of the
 * attacker's side, so every role may run it; it changes no configuration.
 */
export const honeytokenSignInHandlers = [
  apiRoute(
    'post',
    endpoints.demo.honeytokenSignIn,
    {
      summary:
        'Demo: an account signs in from a computer; a honeytoken raises a Honeytoken activity alert (2014)',
      body: honeytokenSignInInputSchema,
      response: honeytokenSignInResultSchema,
      errors: {
        400: 'The account is not a user, or the computer not a computer, of the directory',
      },
    },
    async ({ caller, body, now }) => {
      const { world } = entityContext(caller);
      const account = world.codeOfId(body.accountId);
      const computer = world.codeOfId(body.computerId);
      const errors: Record<string, string[]> = {};
      if (account === undefined || kindCode(account) !== USER)
        errors.accountId = ['Pick a user of this directory'];
      if (computer === undefined || kindCode(computer) !== COMPUTER)
        errors.computerId = ['Pick a computer of this directory'];
      if (account === undefined || computer === undefined || Object.keys(errors).length)
        return problem(400, 'Choose an account and a computer', {
          code: 'validation',
          errors: fieldErrors(
            Object.entries(errors).map(([field, [message]]) => ({
              path: [field],
              message: message!,
            })),
          ),
        });
      const accountName = world.name(account);
      const honeytoken = world.tags(account, now).includes('Honeytoken');
      const device = world.tags(computer, now).includes('Honeytoken');
      if (!honeytoken && !device) {
        const result: HoneytokenSignInResult = {
          alert: null,
          message: `No alert: ${accountName} is not a honeytoken`,
        };
        return HttpResponse.json(result);
      }
      const simulated = (caller.tenantState.simulatedAlerts ?? []).slice();
      simulated.push({
        detectionId: HONEYTOKEN_ACTIVITY,
        at: now,
        userId: body.accountId,
        computerId: body.computerId,
      });
      caller.tenantState.simulatedAlerts = simulated;
      await store.save();
      const alerts = await alertsOf(caller, now);
      let found: number | undefined;
      for (let i = alerts.visibleEnd - 1; i >= 0; i--) {
        const spec = alerts.world.spec(i);
        if (spec.start < now) break;
        if (spec.detection.id === HONEYTOKEN_ACTIVITY && spec.user === account) found = i;
      }
      const result: HoneytokenSignInResult = {
        alert:
          found === undefined
            ? null
            : { id: alerts.world.idOf(found), title: 'Honeytoken activity' },
        message: `${honeytoken ? accountName : world.name(computer)} is a honeytoken: Honeytoken activity alert raised`,
      };
      return HttpResponse.json(result);
    },
  ),
];
