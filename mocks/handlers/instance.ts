import { delay, HttpResponse } from 'msw';
import {
  createInstanceRequestSchema,
  createdInstanceSchema,
  deleteInstanceRequestSchema,
  instancePlanSchema,
  type InstancePlan,
} from '../../src/api/contracts/instance';
import { endpoints } from '../../src/api/endpoints';
import { createRoleGroups, removeRoleGroups, roleGroupNames } from '../identity/directory';
import {
  canCreateInstance,
  instanceNameFromDomain,
  regionForCountry,
  whoCanCreateInstance,
} from '../identity/instance-plan';
import { instanceFor } from '../scenarios/scenarios';
import { emptyTenantState } from '../store/state';
import { store } from '../store/store';
import { apiRoute, type Caller } from './api-route';
import { problem } from './problem';

/** Creating an instance takes a moment on the real service; tests don't wait for it. */
const creationDelayMs = import.meta.env.MODE === 'test' ? 0 : 2_500;

function planFor({ user, tenant, tenantState }: Caller): InstancePlan {
  const name = instanceNameFromDomain(tenant.initialDomain);
  const region = regionForCountry(tenant.country);
  return {
    name,
    url: instanceFor(name, 0, region).url,
    region,
    country: tenant.country,
    roleGroups: Object.values(roleGroupNames(name)),
    canCreate: canCreateInstance(user),
    whoCanCreate: whoCanCreateInstance(tenant),
    exists: tenantState.instance !== null,
  };
}

export const instanceHandlers = [
  // Anyone signed in to the tenant may see the plan: the welcome page tells non-admins who can create.
  apiRoute(
    'get',
    endpoints.instancePlan,
    {
      summary:
        'What creating the instance would make (name, data region) and whether the caller may',
      allowNoRole: true,
      requiresInstance: false,
      response: instancePlanSchema,
    },
    ({ caller }) => HttpResponse.json(planFor(caller)),
  ),

  apiRoute(
    'post',
    endpoints.instance,
    {
      summary: 'Create the tenant’s instance',
      allowNoRole: true,
      requiresInstance: false,
      body: createInstanceRequestSchema,
      response: { status: 201, schema: createdInstanceSchema },
      errors: {
        403: 'Only Global or Security Administrators of the directory can create the instance (`code`: `forbidden`).',
        409: 'The tenant already has an instance (`code`: `instance-exists`).',
      },
      audit: {
        page: 'Create instance',
        target: ({ caller }) => instanceNameFromDomain(caller.tenant.initialDomain),
        snapshot: ({ caller }) => caller.tenantState.instance,
      },
    },
    async ({ caller, now }) => {
      if (!canCreateInstance(caller.user)) {
        return problem(403, 'Only directory administrators can create the instance', {
          code: 'forbidden',
          detail: whoCanCreateInstance(caller.tenant),
        });
      }
      const existing = caller.tenantState.instance;
      if (existing) {
        return problem(409, `${caller.tenant.name} already has an instance`, {
          code: 'instance-exists',
          detail: `A tenant has one instance. ${caller.tenant.name}’s instance is “${existing.name}”.`,
        });
      }
      await delay(creationDelayMs);
      const plan = planFor(caller);
      const instance = instanceFor(plan.name, now, plan.region);
      caller.tenantState.instance = instance;
      createRoleGroups(store.state.directory, caller.tenant.id, instance.name);
      return HttpResponse.json(instance, { status: 201 });
    },
  ),

  apiRoute(
    'delete',
    endpoints.instance,
    {
      summary: 'Delete the instance (the caller types its name to confirm)',
      permission: 'instance.delete',
      body: deleteInstanceRequestSchema,
      response: { status: 204 },
      errors: { 400: '`confirmName` is not the instance’s name (`code`: `validation`).' },
      audit: {
        page: 'Delete instance',
        target: ({ caller }) => caller.tenantState.instance?.name ?? 'Instance',
        snapshot: ({ caller }) => caller.tenantState.instance,
      },
    },
    ({ caller, body }) => {
      const instance = caller.tenantState.instance;
      if (!instance)
        return problem(404, 'This tenant has no instance', { code: 'instance-not-found' });
      if (body.confirmName !== instance.name) {
        return problem(400, 'The name doesn’t match the instance', {
          code: 'validation',
          errors: { confirmName: [`Type “${instance.name}” exactly to confirm.`] },
        });
      }
      removeRoleGroups(store.state.directory, caller.tenant.id, instance.name);
      // Cleared in place: the deletion itself is then recorded in the tenant's (new, empty) audit log.
      Object.assign(caller.tenantState, emptyTenantState());
      return new HttpResponse(null, { status: 204 });
    },
  ),
];
