import { describe, expect, it } from 'vitest';
import { healthIssueListSchema, healthIssueSchema } from '../../src/api/contracts/health';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario, givenSensorOutage, givenTimePasses } from '../configure';
import { callApi } from '../testing/api-client';

async function issues(status?: string, upn = 'admin@contoso.com') {
  const path = status ? `${endpoints.healthIssues}?status=${status}` : endpoints.healthIssues;
  return healthIssueListSchema.parse((await callApi(upn, path)).body);
}
async function sensorNamed(name: string) {
  const list = sensorListSchema.parse((await callApi('admin@contoso.com', endpoints.sensors)).body);
  return list.items.find((s) => s.name === name)!;
}

describe('health issues', () => {
  it('lists the open issues of degraded sensors to every role', async () => {
    await givenScenario('degraded-sensors');
    for (const upn of ['admin@contoso.com', 'analyst@contoso.com', 'viewer@contoso.com']) {
      const open = await issues('Open', upn);
      expect(open.items.length).toBeGreaterThan(0);
      expect(open.counts.Open).toBe(open.items.length);
    }
  });

  it('refuses status changes to Users and Viewers with 403', async () => {
    await givenScenario('degraded-sensors');
    const issue = (await issues('Open')).items[0]!;
    for (const upn of ['analyst@contoso.com', 'viewer@contoso.com']) {
      const response = await callApi(upn, endpoints.healthIssueStatus(issue.id), {
        method: 'POST',
        body: { status: 'Closed' },
      });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ missingPermission: 'health.changeStatus' });
    }
  });

  it('suppresses with a reason only, and reopens', async () => {
    await givenScenario('degraded-sensors');
    const issue = (await issues('Open')).items[0]!;
    const post = (body: unknown) =>
      callApi('admin@contoso.com', endpoints.healthIssueStatus(issue.id), { method: 'POST', body });
    const noReason = await post({ status: 'Suppressed' });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ errors: { reason: [expect.any(String)] } });
    const suppressed = healthIssueSchema.parse(
      (await post({ status: 'Suppressed', reason: 'Planned decommission' })).body,
    );
    expect(suppressed).toMatchObject({
      status: 'Suppressed',
      statusReason: 'Planned decommission',
      statusChangedBy: 'Adele Vance',
    });
    expect((await issues('Suppressed')).items.map((i) => i.id)).toContain(issue.id);
    expect((await post({ status: 'Open' })).status).toBe(200);
    expect((await issues('Open')).items.map((i) => i.id)).toContain(issue.id);
  });
});

describe('simulated sensor outage', () => {
  it('opens “Sensor stopped communicating” after 5 simulated minutes, not before; Disconnected after 10', async () => {
    await givenScenario('contoso');
    const dc02 = await sensorNamed('DC02');
    const before = (await issues('Open')).counts.Open;
    givenSensorOutage(dc02.id);
    givenTimePasses(4);
    expect((await issues('Open')).items.some((i) => i.sensorId === dc02.id)).toBe(false);
    expect((await sensorNamed('DC02')).sensorStatus).toBe('Up to date');
    givenTimePasses(1);
    const open = await issues('Open');
    expect(open.counts.Open).toBe(before + 1);
    expect(open.items.find((i) => i.sensorId === dc02.id)).toMatchObject({
      title: 'Sensor stopped communicating',
      severity: 'Medium',
      sensorName: 'DC02',
    });
    givenTimePasses(5);
    expect(await sensorNamed('DC02')).toMatchObject({
      sensorStatus: 'Disconnected',
      serviceStatus: 'Unknown',
    });
  });

  it('resolves the issue when the outage ends; a new outage opens a new issue', async () => {
    await givenScenario('contoso');
    const dc02 = await sensorNamed('DC02');
    givenSensorOutage(dc02.id, 15);
    const opened = (await issues('Open')).items.find((i) => i.sensorId === dc02.id)!;
    expect((await callApi(null, endpoints.demo.outage(dc02.id), { method: 'DELETE' })).status).toBe(
      200,
    );
    const closed = (await issues('Closed')).items.find((i) => i.id === opened.id);
    expect(closed).toMatchObject({ status: 'Closed', statusChangedBy: null });
    expect(await sensorNamed('DC02')).toMatchObject({
      sensorStatus: 'Up to date',
      serviceStatus: 'Running',
    });

    givenTimePasses(60);
    givenSensorOutage(dc02.id, 6);
    const again = (await issues('Open')).items.filter((i) => i.sensorId === dc02.id);
    expect(again).toHaveLength(1);
    expect(again[0]?.id).not.toBe(opened.id);
  });

  it('re-alerts a suppressed issue when the condition resumes', async () => {
    await givenScenario('contoso');
    const dc02 = await sensorNamed('DC02');
    givenSensorOutage(dc02.id, 15);
    const issue = (await issues('Open')).items.find((i) => i.sensorId === dc02.id)!;
    await callApi('admin@contoso.com', endpoints.healthIssueStatus(issue.id), {
      method: 'POST',
      body: { status: 'Suppressed', reason: 'Known' },
    });
    await callApi(null, endpoints.demo.outage(dc02.id), { method: 'DELETE' });
    expect((await issues('Suppressed')).items.map((i) => i.id)).toContain(issue.id);
    givenTimePasses(30);
    givenSensorOutage(dc02.id, 6);
    const open = (await issues('Open')).items.filter((i) => i.sensorId === dc02.id);
    expect(open.map((i) => i.id)).toEqual([issue.id]);
  });

  it('refuses an outage of a sensor that is not running', async () => {
    await givenScenario('degraded-sensors');
    const list = sensorListSchema.parse(
      (await callApi('admin@contoso.com', endpoints.sensors)).body,
    );
    const stopped = list.items.find((s) => s.serviceStatus !== 'Running')!;
    expect(
      (
        await callApi(null, endpoints.demo.outages, {
          method: 'POST',
          body: { sensorId: stopped.id },
        })
      ).status,
    ).toBe(409);
  });
});
