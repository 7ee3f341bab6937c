import { describe, expect, it } from 'vitest';
import { meSchema } from '../../src/api/contracts/me';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import { endpoints } from '../../src/api/endpoints';
import { tenantIds } from '../identity/directory';
import { instanceFor } from '../scenarios/scenarios';
import { failNext, givenFaults } from '../configure';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';

describe('GET /api/me', () => {
  it.each([
    ['admin@contoso.com', 'Administrator', 'Global Administrator'],
    ['analyst@contoso.com', 'User', 'Vigil contoso Users'],
    ['viewer@contoso.com', 'Viewer', 'Vigil contoso Viewers'],
    ['guest@contoso.com', null, null],
  ])('resolves %s to %s', async (upn, role, source) => {
    const me = meSchema.parse((await callApi(upn, endpoints.me)).body);
    expect(me.role).toBe(role);
    expect(me.roleSource).toBe(source);
    expect(me.instance?.name).toBe('contoso');
  });

  it('applies a role-group change at the next request', async () => {
    const viewers = store.state.directory.groups.find(
      (g) => g.displayName === 'Vigil contoso Viewers',
    )!;
    viewers.memberIds = [];
    const me = meSchema.parse((await callApi('viewer@contoso.com', endpoints.me)).body);
    expect(me.role).toBeNull();
    expect(me.permissions).toEqual([]);
  });

  it('tells Fabrikam it has no instance', async () => {
    const me = meSchema.parse((await callApi('admin@fabrikam.com', endpoints.me)).body);
    expect(me.role).toBe('Administrator');
    expect(me.instance).toBeNull();
  });
});

describe('sensors', () => {
  it('lists the tenant’s sensors', async () => {
    const list = sensorListSchema.parse(
      (await callApi('viewer@contoso.com', endpoints.sensors)).body,
    );
    expect(list.total).toBe(11);
    expect(list.items.map((s) => s.name)).toContain('DC01');
  });

  it('never shows one tenant’s sensor to another: a Contoso id is a 404 for Fabrikam', async () => {
    store.state.tenants[tenantIds.fabrikam]!.instance = instanceFor('fabrikam', Date.now());
    const contosoList = sensorListSchema.parse(
      (await callApi('admin@contoso.com', endpoints.sensors)).body,
    );
    const contosoSensor = contosoList.items[0]!;
    const fabrikamList = sensorListSchema.parse(
      (await callApi('admin@fabrikam.com', endpoints.sensors)).body,
    );
    expect(fabrikamList.items.map((s) => s.id)).not.toContain(contosoSensor.id);
    const response = await callApi('admin@fabrikam.com', endpoints.sensor(contosoSensor.id));
    expect(response.status).toBe(404);
  });

  it('rejects a caller without a token, and one without a role', async () => {
    expect((await callApi(null, endpoints.sensors)).status).toBe(401);
    const guest = await callApi('guest@contoso.com', endpoints.sensors);
    expect(guest.status).toBe(403);
    expect(guest.body).toMatchObject({ missingPermission: 'login' });
  });

  it('honours injected faults', async () => {
    failNext('GET', endpoints.sensors, 503);
    expect((await callApi('admin@contoso.com', endpoints.sensors)).status).toBe(503);
    expect((await callApi('admin@contoso.com', endpoints.sensors)).status).toBe(200);
    givenFaults({ errorRate: 1 });
    expect((await callApi('admin@contoso.com', endpoints.sensors)).status).toBe(500);
    givenFaults({ offline: true });
    await expect(callApi('admin@contoso.com', endpoints.sensors)).rejects.toThrow();
  });
});
