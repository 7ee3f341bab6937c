import { describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/api/contracts/audit';
import { domainControllerListSchema } from '../../src/api/contracts/domain-controllers';
import { instancePlanSchema, instanceSchema } from '../../src/api/contracts/instance';
import { meSchema } from '../../src/api/contracts/me';
import { onboardingSchema } from '../../src/api/contracts/onboarding';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { tenantIds } from '../identity/directory';
import { givenScenario } from '../configure';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';

const fabrikamGroups = () =>
  store.state.directory.groups
    .filter((g) => g.tenantId === tenantIds.fabrikam)
    .map((g) => g.displayName);

describe('POST /api/instance', () => {
  it('plans Fabrikam’s instance from its domain and country', async () => {
    const plan = instancePlanSchema.parse(
      (await callApi('admin@fabrikam.com', endpoints.instancePlan)).body,
    );
    expect(plan).toMatchObject({
      name: 'fabrikam',
      region: 'UK',
      country: 'GB',
      canCreate: true,
      exists: false,
    });
    expect(plan.roleGroups).toEqual([
      'Vigil fabrikam Administrators',
      'Vigil fabrikam Users',
      'Vigil fabrikam Viewers',
    ]);
  });

  it('creates the instance in the tenant’s region with its three role groups', async () => {
    const response = await callApi('admin@fabrikam.com', endpoints.instance, {
      method: 'POST',
      body: {},
    });
    expect(response.status).toBe(201);
    const instance = instanceSchema.parse(response.body);
    expect(instance).toMatchObject({
      name: 'fabrikam',
      region: 'UK',
      url: 'https://fabrikam.vigil.example',
    });
    expect(fabrikamGroups()).toEqual([
      'Vigil fabrikam Administrators',
      'Vigil fabrikam Users',
      'Vigil fabrikam Viewers',
    ]);
    const me = meSchema.parse((await callApi('admin@fabrikam.com', endpoints.me)).body);
    expect(me.instance?.name).toBe('fabrikam');

    // A new instance: domain controllers found, none monitored, nothing set up yet.
    const dcs = domainControllerListSchema.parse(
      (await callApi('admin@fabrikam.com', endpoints.domainControllers)).body,
    );
    expect(dcs.total).toBeGreaterThan(0);
    expect(dcs.monitored).toBe(0);
    const onboarding = onboardingSchema.parse(
      (await callApi('admin@fabrikam.com', endpoints.onboarding)).body,
    );
    expect(onboarding.steps.map((s) => s.done)).toEqual([false, false, false]);
  });

  it('refuses a second instance with 409', async () => {
    await callApi('admin@fabrikam.com', endpoints.instance, { method: 'POST', body: {} });
    const again = await callApi('admin@fabrikam.com', endpoints.instance, {
      method: 'POST',
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('Content-Type')).toContain('application/problem+json');
    expect(problemSchema.parse(again.body)).toMatchObject({
      title: 'Fabrikam already has an instance',
      code: 'instance-exists',
    });
    const contoso = await callApi('admin@contoso.com', endpoints.instance, {
      method: 'POST',
      body: {},
    });
    expect(contoso.status).toBe(409);
  });

  it('refuses someone who isn’t a Global or Security Administrator with 403, saying who can', async () => {
    const plan = instancePlanSchema.parse(
      (await callApi('miriam.graham@fabrikam.com', endpoints.instancePlan)).body,
    );
    expect(plan.canCreate).toBe(false);
    const response = await callApi('miriam.graham@fabrikam.com', endpoints.instance, {
      method: 'POST',
      body: {},
    });
    expect(response.status).toBe(403);
    expect(problemSchema.parse(response.body).detail).toMatch(
      /Global Administrator or Security Administrator/,
    );
    expect(store.state.tenants[tenantIds.fabrikam]?.instance).toBeNull();
    expect(fabrikamGroups()).toEqual([]);
  });

  it('rejects an unexpected body with 400', async () => {
    const response = await callApi('admin@fabrikam.com', endpoints.instance, {
      method: 'POST',
      body: { name: 'x' },
    });
    expect(response.status).toBe(400);
  });
});

describe('DELETE /api/instance', () => {
  it('refuses an analyst with 403 and keeps the instance', async () => {
    const response = await callApi('analyst@contoso.com', endpoints.instance, {
      method: 'DELETE',
      body: { confirmName: 'contoso' },
    });
    expect(response.status).toBe(403);
    expect(problemSchema.parse(response.body).missingPermission).toBe('instance.delete');
    expect(store.state.tenants[tenantIds.contoso]?.instance?.name).toBe('contoso');
  });

  it('refuses a wrong name with a field error', async () => {
    const response = await callApi('admin@contoso.com', endpoints.instance, {
      method: 'DELETE',
      body: { confirmName: 'contosso' },
    });
    expect(response.status).toBe(400);
    expect(problemSchema.parse(response.body).errors).toEqual({
      confirmName: ['Type “contoso” exactly to confirm.'],
    });
  });

  it('deletes the instance, its role groups and data, and records it', async () => {
    await givenScenario('contoso');
    const response = await callApi('admin@contoso.com', endpoints.instance, {
      method: 'DELETE',
      body: { confirmName: 'contoso' },
    });
    expect(response.status).toBe(204);
    const tenant = store.state.tenants[tenantIds.contoso];
    expect(tenant?.instance).toBeNull();
    expect(store.state.directory.groups.filter((g) => g.tenantId === tenantIds.contoso)).toEqual(
      [],
    );
    const [entry] = tenant?.audit ?? [];
    expect(auditEntrySchema.parse(entry)).toMatchObject({
      page: 'Delete instance',
      action: 'Deleted',
      target: 'contoso',
    });
    // The analyst's role came from a role group, now gone.
    const me = meSchema.parse((await callApi('analyst@contoso.com', endpoints.me)).body);
    expect(me).toMatchObject({ role: null, instance: null });
    expect((await callApi('admin@contoso.com', endpoints.sensors)).status).toBe(404);
  });
});
