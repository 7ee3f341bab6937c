import { describe, expect, it } from 'vitest';
import { alertSummarySchema } from '../../../src/api/contracts/alerts';
import { formatCef } from '../../../src/api/contracts/cef';
import { endpoints } from '../../../src/api/endpoints';
import { callApi } from '../../testing/api-client';
import { givenScenario } from '../../configure';
import { tenantIds } from '../../identity/directory';
import { scenarioEpoch } from '../../store/clock';
import { store } from '../../store/store';
import { demoAlert } from '../../testing/demo-alerts';
import { alertCefEvent, alertsStartedBetween, openAlertCountsByDetection } from './index';

const MIN = 60_000;

function contoso() {
  const tenant = store.state.directory.tenants.find((t) => t.id === tenantIds.contoso)!;
  return { tenant, state: store.state.tenants[tenantIds.contoso]! };
}

describe('what the outbox and reports ask of the alerts', () => {
  it('lists the alerts that started in a window, as seen at its end', async () => {
    await givenScenario('active-attack');
    const { tenant, state } = contoso();
    const first = await alertsStartedBetween(
      'active-attack',
      tenant,
      state,
      scenarioEpoch,
      scenarioEpoch + 60 * MIN,
    );
    expect(first.map((a) => a.id)).toEqual([demoAlert('forged-ticket')]);
    expect(first[0]?.url).toBe(
      `https://contoso.vigil.example/alerts/${demoAlert('forged-ticket')}`,
    );
    const none = await alertsStartedBetween(
      'active-attack',
      tenant,
      state,
      scenarioEpoch,
      scenarioEpoch + 10 * MIN,
    );
    expect(none).toEqual([]);
    // Deleted with its type: not sent.
    state.alertTypeDeletes = {
      '2027': { through: scenarioEpoch + 30 * MIN, at: scenarioEpoch, by: 'x' },
    };
    expect(
      await alertsStartedBetween(
        'active-attack',
        tenant,
        state,
        scenarioEpoch,
        scenarioEpoch + 60 * MIN,
      ),
    ).toEqual([]);
  });

  it('makes the catalog’s CEF line for a new or updated alert', async () => {
    await givenScenario('active-attack');
    const { tenant, state } = contoso();
    const [alert] = await alertsStartedBetween(
      'active-attack',
      tenant,
      state,
      scenarioEpoch - 4 * 60 * MIN,
      scenarioEpoch - 2 * 60 * MIN,
    );
    expect(alert?.detectionId).toBe('2006');
    const line = formatCef(alertCefEvent(alert!, 'new'));
    expect(line).toMatch(
      /^CEF:0\|[^|]+\|[^|]+\|[^|]+\|DirectoryServicesReplicationSecurityAlert\|Suspected DCSync attack \(replication of directory services\)\|10\|/,
    );
    expect(line).toContain('app=Drsr');
    expect(line).toContain('suser=Sisanda Fela');
    expect(line).toContain('shost=CLIENT12');
    expect(line).toContain('externalId=2006');
    expect(line).toContain(`cs1Label=url cs1=https://contoso.vigil.example/alerts/${alert!.id}`);
    expect(line).toMatch(/cs2Label=trigger cs2=new$/);
    expect(line).toMatch(/start=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z/);
    expect(formatCef(alertCefEvent(alert!, 'update'))).toMatch(/cs2=update$/);
    // The record is the alert as the portal shows it.
    const shown = await callApi('viewer@contoso.com', endpoints.alert(alert!.id));
    const { spec: _spec, url: _url, ...summary } = alert!;
    expect(alertSummarySchema.parse(summary)).toEqual(alertSummarySchema.parse(shown.body));
  });

  it('counts open alerts per detection for the Summary report', async () => {
    await givenScenario('active-attack');
    const { tenant, state } = contoso();
    const counts = await openAlertCountsByDetection(
      'active-attack',
      tenant,
      state,
      scenarioEpoch - 2 * 86_400_000,
      scenarioEpoch,
    );
    expect(counts).toMatchObject({ '2003': 1, '2006': 1, '2017': 1, '2018': 1 });
  });
});
