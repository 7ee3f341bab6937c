import { describe, expect, it } from 'vitest';
import { reportListSchema } from '../../src/api/contracts/reports';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { callApi } from '../testing/api-client';
import { downloadAs } from '../testing/download';
import { readWorkbook } from '../testing/read-workbook';

const everyone = ['admin@contoso.com', 'analyst@contoso.com', 'viewer@contoso.com'];

async function reportList(query = '', upn = 'viewer@contoso.com') {
  const response = await callApi(upn, `${endpoints.reports}${query}`);
  expect(response.status).toBe(200);
  return reportListSchema.parse(response.body);
}

describe('reports', () => {
  it('lists the four reports for the last 7 days, with which hold data', async () => {
    await givenScenario('contoso');
    const list = await reportList();
    expect(list).toMatchObject({ from: '2026-11-14', to: '2026-11-20', today: '2026-11-20' });
    const byId = Object.fromEntries(list.items.map((r) => [r.id, r]));
    expect(Object.keys(byId)).toEqual([
      'summary',
      'sensitive-groups',
      'cleartext-passwords',
      'lateral-movement-paths',
    ]);
    expect(byId.summary).toMatchObject({ hasData: true, earliestFrom: '2026-05-25' });
    expect(byId['sensitive-groups']?.hasData).toBe(true);
    expect(byId['cleartext-passwords']?.hasData).toBe(true);
    // Paths are scanned daily; the report pre-selects the first day with one, rows are counted
    // as the workbook is made.
    expect(byId['lateral-movement-paths']).toMatchObject({
      hasData: true,
      rows: null,
      earliestFrom: '2026-09-22',
      firstDayWithData: '2026-09-22',
    });
    expect((byId['sensitive-groups']?.firstDayWithData ?? '') <= '2026-05-31').toBe(true);
  });

  it('greys the directory reports where nothing was observed: no sensors in fresh', async () => {
    await givenScenario('fresh');
    const list = await reportList();
    const hasData = Object.fromEntries(list.items.map((r) => [r.id, r.hasData]));
    expect(hasData).toEqual({
      summary: true,
      'sensitive-groups': false,
      'cleartext-passwords': false,
      'lateral-movement-paths': false,
    });
    expect(list.items.find((r) => r.id === 'cleartext-passwords')?.firstDayWithData).toBeNull();
  });

  it('refuses ranges the reports can’t answer, naming the field', async () => {
    await givenScenario('contoso');
    for (const [query, field] of [
      ['?from=2026-11-19&to=2026-11-18', 'to'],
      ['?from=2026-01-01&to=2026-11-18', 'from'],
      ['?from=2026-11-19&to=2026-11-25', 'to'],
      ['?from=yesterday', 'from'],
    ] as const) {
      const response = await callApi('viewer@contoso.com', `${endpoints.reports}${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body).toMatchObject({ errors: { [field]: [expect.any(String)] } });
    }
    // The paths report reaches 60 days back, the others 180.
    const old = '?from=2026-08-01&to=2026-08-02';
    expect((await downloadAs('viewer@contoso.com', endpoints.report('summary') + old)).status).toBe(
      200,
    );
    const paths = await callApi(
      'viewer@contoso.com',
      endpoints.report('lateral-movement-paths') + old,
    );
    expect(paths.status).toBe(400);
    expect(paths.body).toMatchObject({ errors: { from: [expect.stringContaining('60 days')] } });
    expect((await callApi('viewer@contoso.com', endpoints.report('nope'))).status).toBe(404);
  });

  it('lets every role download, and refuses without a role or token', async () => {
    await givenScenario('contoso');
    for (const upn of everyone) {
      const file = await downloadAs(upn, endpoints.report('cleartext-passwords'));
      expect(file.status, upn).toBe(200);
      expect(file.headers.get('Content-Disposition')).toContain(
        'Passwords_exposed_in_cleartext-2026-11-14-2026-11-20.xlsx',
      );
    }
    expect((await callApi('guest@contoso.com', endpoints.reports)).status).toBe(403);
    expect((await callApi(null, endpoints.report('summary'))).status).toBe(401);
  });

  it('writes the summary workbook’s three tabs', async () => {
    await givenScenario('degraded-sensors');
    const file = await downloadAs('viewer@contoso.com', endpoints.report('summary'));
    const book = await readWorkbook(file.blob);
    expect(Object.keys(book)).toEqual([
      'Summary',
      'Open suspicious activities',
      'Open health issues',
    ]);
    expect(book.Summary?.[0]?.[0]).toBe('Vigil summary report');
    expect(book.Summary).toContainEqual(['Item', 'Count']);
    const health = book['Open health issues']!;
    expect(health[0]).toEqual([
      'Health issue',
      'Severity',
      'Open issues',
      'Sensors',
      'First seen (UTC)',
    ]);
    expect(health.length).toBeGreaterThan(1);
    const open = book.Summary!.find((row) => row[0] === 'Open health issues')?.[1];
    expect(open).toBe(health.slice(1).reduce((n, row) => n + Number(row[2]), 0));
  });

  it('writes sensitive group changes and cleartext binds with their columns', async () => {
    await givenScenario('contoso');
    const groups = await readWorkbook(
      (await downloadAs('analyst@contoso.com', endpoints.report('sensitive-groups'))).blob,
    );
    const rows = groups.Modifications!;
    expect(rows[0]).toEqual([
      'Time (UTC)',
      'Group',
      'Group domain',
      'Change',
      'Member',
      'Member type',
      'Member domain',
      'Reported by',
    ]);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) {
      expect(['Member added', 'Member removed']).toContain(row[3]);
      expect(row[0]).toBeInstanceOf(Date);
    }
    const list = await reportList();
    expect(list.items.find((r) => r.id === 'sensitive-groups')?.rows).toBe(rows.length - 1);

    const cleartext = await readWorkbook(
      (await downloadAs('analyst@contoso.com', endpoints.report('cleartext-passwords'))).blob,
    );
    const binds = cleartext['Cleartext passwords']!;
    expect(binds[0]?.slice(0, 4)).toEqual(['Date', 'Account', 'Account domain', 'Source computer']);
    expect(binds.map((r) => r[1])).toContain('svc-legacyapp');
    expect(binds.slice(1).every((r) => r[6] === 'LDAP simple bind')).toBe(true);
  });

  it('writes the paths report: a Summary and a Details row per path', async () => {
    await givenScenario('contoso');
    const book = await readWorkbook(
      (
        await downloadAs(
          'viewer@contoso.com',
          `${endpoints.report('lateral-movement-paths')}?from=2026-11-19&to=2026-11-20`,
        )
      ).blob,
    );
    expect(Object.keys(book)).toEqual(['Summary', 'Details']);
    const details = book.Details!;
    expect(details[0]).toEqual([
      'Date',
      'Sensitive account',
      'Domain',
      'Source',
      'Source type',
      'Steps',
      'Path',
    ]);
    expect(details.length).toBeGreaterThan(1);
    const paths = book.Summary!.find((row) => row[0] === 'Paths')?.[1];
    expect(paths).toBe(details.length - 1);
    expect(String(details[1]?.[6])).toMatch(/ → (Member of|Administrator on|Logged into by) /);
  });

  it('keeps tenants apart: a new tenant’s reports hold none of Contoso’s data', async () => {
    await givenScenario('contoso');
    expect((await callApi('admin@fabrikam.com', endpoints.reports)).status).toBe(404);
    const created = await callApi('admin@fabrikam.com', endpoints.instance, {
      method: 'POST',
      body: {},
    });
    expect(created.status).toBe(201);
    const list = reportListSchema.parse(
      (await callApi('admin@fabrikam.com', endpoints.reports)).body,
    );
    expect(list.items.filter((r) => r.hasData).map((r) => r.id)).toEqual(['summary']);
    const book = await readWorkbook(
      (await downloadAs('admin@fabrikam.com', endpoints.report('sensitive-groups'))).blob,
    );
    expect(book.Modifications).toHaveLength(1);
  });
});
