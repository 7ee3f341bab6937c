import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { lateralMovementPathsSchema } from '../../src/api/contracts/lateral-movement';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { callApi, tokenFor } from '../testing/api-client';
import { detailColumns, summaryColumns } from '../world/lateral-movement/report';
import { demoEntity } from '../testing/demo-entities';

const analyst = 'analyst@contoso.com';

async function paths(key: string, query = '', upn = analyst) {
  const response = await callApi(
    upn,
    `${endpoints.entityLateralMovementPaths(demoEntity(key))}${query}`,
  );
  expect(response.status).toBe(200);
  return lateralMovementPathsSchema.parse(response.body);
}

/** Paths as "A > B > C" with names. */
function spelled(body: Awaited<ReturnType<typeof paths>>) {
  const names = new Map(body.nodes.map((n) => [n.id, n.entity.name]));
  return body.paths.map((p) => p.nodes.map((id) => names.get(id)).join(' > '));
}

describe('lateral movement paths (Contoso, 20 Nov 2026)', () => {
  it('shows the paths that lead to a sensitive user: Sisanda Fela’s two, by hand', async () => {
    const body = await paths('sisanda');
    expect(body).toMatchObject({
      view: 'Sensitive',
      onPath: true,
      date: '2026-11-20',
      mostRecentDate: '2026-11-20',
      earliestDate: '2026-09-22',
      latestDate: '2026-11-20',
    });
    expect(spelled(body)).toEqual([
      'Service Desk > Helpdesk > ADFS01 > Sisanda Fela',
      'Marco Graham > CLIENT202 > Nick Cowley > KIOSK07 > Lidia Holloway > Helpdesk > ADFS01 > Sisanda Fela',
    ]);
    expect(body.tiles).toEqual({ targets: 1, nonSensitiveUsers: 3, computers: 3 });
    const kinds = body.edges.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'Member of')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'Administrator on')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'Logged into by')).toHaveLength(3);
    const role = (name: string) => body.nodes.find((n) => n.entity.name === name)?.role;
    expect([role('Sisanda Fela'), role('Marco Graham'), role('Lidia Holloway')]).toEqual([
      'Target',
      'Source',
      'En route',
    ]);
  });

  it('shows a non-sensitive user the paths it is on, toward each target', async () => {
    const body = await paths('lidia');
    expect(body.view).toBe('Non-sensitive');
    expect(body.onPath).toBe(true);
    expect(spelled(body)).toContain(
      'Marco Graham > CLIENT202 > Nick Cowley > KIOSK07 > Lidia Holloway > Helpdesk > ADFS01 > Sisanda Fela',
    );
    for (const path of body.paths) expect(path.nodes).toContain(demoEntity('lidia'));
    expect(body.tiles.targets).toBe(new Set(body.paths.map((p) => p.nodes.at(-1))).size);
    const ron = await paths('ron');
    // Grady Archie administers STANDALONE01, where Ron Harper logs on every morning.
    const viaGrady = spelled(ron).filter((p) =>
      p.endsWith('> CLIENT233 > Grady Archie > STANDALONE01 > Ron Harper'),
    );
    expect(viaGrady.length).toBeGreaterThan(0);
  });

  it('agrees with itself: every step of every path is an edge, every node is on a path', async () => {
    for (const key of ['sisanda', 'ron', 'bench', 'lidia', 'ADFS01', 'Helpdesk']) {
      const body = await paths(key);
      const edges = new Set(body.edges.map((e) => `${e.from}>${e.to}`));
      const stepped = new Set<string>();
      const onPaths = new Set<string>();
      for (const path of body.paths)
        path.nodes.forEach((id, i) => {
          onPaths.add(id);
          if (i > 0) stepped.add(`${path.nodes[i - 1]}>${id}`);
        });
      expect(stepped).toEqual(edges);
      expect(onPaths).toEqual(new Set(body.nodes.map((n) => n.id)));
    }
  });

  it('has nothing for an entity on no path, and keeps paths per day', async () => {
    const dc = await paths('DC01');
    expect(dc).toMatchObject({ onPath: false, mostRecentDate: null, nodes: [], paths: [] });
    const earlier = await paths('sisanda', '?date=2026-10-01');
    expect(earlier.date).toBe('2026-10-01');
    expect(spelled(earlier)).toContain('Service Desk > Helpdesk > ADFS01 > Sisanda Fela');
    const other = await paths('bench', '?date=2026-11-19');
    const today = await paths('bench');
    expect(other.paths).not.toEqual(today.paths);
  });

  it('refuses a date outside the 60 days kept, or not a date', async () => {
    const id = demoEntity('sisanda');
    for (const date of ['2026-11-21', '2026-09-21', '2026-02-30', 'yesterday']) {
      const response = await callApi(
        analyst,
        `${endpoints.entityLateralMovementPaths(id)}?date=${date}`,
      );
      expect(response.status).toBe(400);
      expect(Object.keys(problemSchema.parse(response.body).errors ?? {})).toEqual(['date']);
    }
  });

  it('lets every role read, refuses without a token or role, and keeps to the caller’s tenant', async () => {
    const path = endpoints.entityLateralMovementPaths(demoEntity('sisanda'));
    expect((await callApi('viewer@contoso.com', path)).status).toBe(200);
    expect((await callApi('admin@contoso.com', path)).status).toBe(200);
    expect((await callApi(null, path)).status).toBe(401);
    expect((await callApi('guest@contoso.com', path)).status).toBe(403);
    expect((await callApi('admin@fabrikam.com', path)).status).toBe(404);
    expect((await callApi(analyst, endpoints.entityLateralMovementPaths('u1-zzzz'))).status).toBe(
      404,
    );
    await givenScenario('large');
    expect((await callApi(analyst, path)).status).toBe(404);
  });

  it('downloads the report as a workbook with a Summary and a Details tab, one row a path', async () => {
    const id = demoEntity('sisanda');
    const response = await fetch(
      `http://localhost:3000${endpoints.entityLateralMovementReport(id)}?date=2026-11-20`,
      { headers: { Authorization: `Bearer ${await tokenFor('viewer@contoso.com')}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toContain(
      'lateral-movement-paths-Sisanda_Fela-2026-11-20.xlsx',
    );
    const sheets = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
    const book = Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data as unknown[][]]));
    expect(Object.keys(book)).toEqual(['Summary', 'Details']);
    const summary = book.Summary!;
    expect(summary[0]?.[0]).toBe('Lateral movements paths to sensitive accounts');
    const header = summary.findIndex((row) => row[0] === summaryColumns[0]);
    expect(summary[header]).toEqual([...summaryColumns]);
    expect(Object.fromEntries(summary.slice(header + 1).map((r) => [r[0], r[1]]))).toMatchObject({
      'Sensitive accounts': 1,
      'Non-sensitive users on the paths': 3,
      'Computers on the paths': 3,
      Paths: 2,
      'Average steps per path': 5,
    });
    const details = book.Details!;
    expect(details[0]).toEqual([...detailColumns]);
    expect(details.slice(1).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['Sisanda Fela', 'Service Desk', 3],
      ['Sisanda Fela', 'Marco Graham', 7],
    ]);
    expect(details[1]![7]).toBe(
      'Service Desk → Member of Helpdesk → Administrator on ADFS01 → Logged into by Sisanda Fela',
    );
  });
});
