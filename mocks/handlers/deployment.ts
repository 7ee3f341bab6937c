import { HttpResponse } from 'msw';
import { domainControllerListSchema } from '../../src/api/contracts/domain-controllers';
import { onboardingSchema } from '../../src/api/contracts/onboarding';
import { endpoints } from '../../src/api/endpoints';
import { tenantDomainControllers } from '../store/domain-controller-records';
import { directoryAccountCount, onboardingSteps } from '../store/onboarding';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import { apiRoute } from './api-route';

/** How the deployment is doing: domain controller coverage and the onboarding steps. */
export const deploymentHandlers = [
  apiRoute(
    'get',
    endpoints.domainControllers,
    {
      summary:
        'The domain controllers of the instance’s forests and whether a sensor monitors each',
      response: domainControllerListSchema,
    },
    ({ caller, now }) =>
      HttpResponse.json(
        tenantDomainControllers(store.state, caller.tenant, caller.tenantState, now),
      ),
  ),

  apiRoute(
    'get',
    endpoints.onboarding,
    { summary: 'The setup steps and which are done', response: onboardingSchema },
    ({ caller, now }) =>
      HttpResponse.json(
        onboardingSteps({
          directoryAccounts: directoryAccountCount(caller.tenantState),
          sensors: tenantSensors(store.state, caller.tenant, caller.tenantState, now),
        }),
      ),
  ),
];
