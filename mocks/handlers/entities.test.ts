import { describe, expect, it } from 'vitest';
import {
  entityProfileSchema,
  memberOfResultSchema,
  membersResultSchema,
  organizationSchema,
  searchResultSchema,
  type SearchFilter,
} from '../../src/api/contracts/entities';
import { domainControllerListSchema } from '../../src/api/contracts/domain-controllers';
import { problemSchema } from '../../src/api/contracts/problem';
import { sensorListSchema } from '../../src/api/contracts/sensors';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { callApi } from '../testing/api-client';
import { demoEntity } from '../testing/demo-entities';

const analyst = 'analyst@contoso.com';

async function search(q: string, filter: SearchFilter = 'All', extra = '', upn = analyst) {
  const response = await callApi(
    upn,
    `${endpoints.entitySearch}?q=${encodeURIComponent(q)}&filter=${encodeURIComponent(filter)}${extra}`,
  );
  expect(response.status).toBe(200);
  return searchResultSchema.parse(response.body);
}

async function profile(id: string, upn = analyst) {
  const response = await callApi(upn, endpoints.entity(id));
  expect(response.status).toBe(200);
  return entityProfileSchema.parse(response.body);
}

describe('entity search', () => {
  it('ranks exact matches first, then prefixes, then word prefixes', async () => {
    const result = await search('harper');
    const names = result.items.map((h) => h.name);
    // "Ron Harper" matches by word prefix only; users named Harper… by last name too.
    expect(names).toContain('Ron Harper');
    const exact = await search('Domain Admins');
    expect(exact.items[0]?.name).toBe('Domain Admins');
    expect(exact.items.slice(0, 3).every((h) => h.name === 'Domain Admins')).toBe(true);
    const dc = await search('dc01');
    expect(dc.items[0]).toMatchObject({ name: 'DC01', computerRole: 'Domain controller' });
    const prefix = await search('tier0');
    expect(prefix.items.map((h) => h.name)).toEqual(['Tier0 Helpdesk']);
  });

  it('ignores case and diacritics, and matches SAM names and UPNs', async () => {
    const plain = await search('zoe angstrom');
    expect(plain.items[0]?.name).toBe('Zoë Ångström');
    const upper = await search('ZOË ÅNG');
    expect(upper.items[0]?.name).toBe('Zoë Ångström');
    const upn = await search('zoe.angstrom@emea');
    expect(upn.items.map((h) => h.name)).toEqual(['Zoë Ångström']);
    expect(upn.items[0]?.secondary).toBe('zoe.angstrom@emea.contoso.com');
    const sam = await search('EXCH01$');
    expect(sam.items[0]?.name).toBe('EXCH01');
  });

  it('counts every filter and pages the chosen one', async () => {
    const all = await search('a');
    expect(all.counts.All).toBe(all.total);
    expect(all.counts.All).toBeGreaterThanOrEqual(
      all.counts.Users + all.counts.Computers + all.counts.Groups,
    );
    const servers = await search('a', 'Servers', '&limit=5');
    expect(servers.total).toBe(all.counts.Servers);
    expect(servers.items).toHaveLength(5);
    expect(servers.items.every((h) => h.kind === 'Computer' && h.computerRole === 'Server')).toBe(
      true,
    );
    const next = await search('a', 'Servers', '&limit=5&offset=5');
    expect(next.items.map((h) => h.id)).not.toContain(servers.items[0]?.id);
    const dcs = await search('dc', 'Domain controllers');
    expect(dcs.total).toBe(3); // DC01–DC03 (EMEADC01 doesn't start with dc)
    const groups = await search('admins', 'Groups');
    expect(groups.items.every((h) => h.kind === 'Group')).toBe(true);
  });

  it('refuses an empty query with a 400 naming the field', async () => {
    const response = await callApi(analyst, `${endpoints.entitySearch}?q=%20`);
    expect(response.status).toBe(400);
    expect(problemSchema.parse(response.body).errors).toHaveProperty('q');
  });

  it('finds hostile names and returns them as text', async () => {
    const result = await search('<img');
    expect(result.items[0]?.name).toBe('<img src=x onerror=alert(1)>');
    const cyrillic = await search('иван');
    expect(cyrillic.items[0]?.name).toBe('Иван Петров');
  });
});

describe('entity profiles', () => {
  it('answers each fixed demo entity with its contract', async () => {
    const ron = await profile(demoEntity('ron'));
    expect(ron).toMatchObject({ kind: 'User', name: 'Ron Harper', tags: ['Sensitive'] });
    expect(ron.sensitiveReasons[0]?.text).toBe('Member of Domain Admins through Tier0 Helpdesk');
    expect(ron.sensitiveReasons[0]?.via.map((g) => g.name)).toEqual([
      'Tier0 Helpdesk',
      'Domain Admins',
    ]);
    const exchange = await profile(demoEntity('EXCH01'));
    expect(exchange).toMatchObject({
      kind: 'Computer',
      samName: 'EXCH01$',
      serverRoles: ['Microsoft Exchange Server'],
    });
    expect(exchange.sensitiveReasons.map((r) => r.kind)).toContain('Sensitive server');
    const disabled = await profile(demoEntity('vieno'));
    expect(disabled.tags).toContain('Disabled');
    if (disabled.kind !== 'User') throw new Error('not a user');
    expect(disabled.uac).toContain('Account disabled');
    const unresolved = await profile(demoEntity('NICKC-LAP'));
    expect(unresolved).toMatchObject({ tags: ['Unresolved'], createdAt: null, sid: '' });
    const msol = await profile(demoEntity('msol'));
    expect(msol.sensitiveReasons.map((r) => r.kind)).toEqual(['Replication rights']);
  });

  it('lets every role view entities (Viewer too) and refuses without a token', async () => {
    expect((await callApi('viewer@contoso.com', endpoints.entity(demoEntity('ron')))).status).toBe(
      200,
    );
    expect((await callApi('admin@contoso.com', endpoints.entity(demoEntity('ron')))).status).toBe(
      200,
    );
    expect((await callApi(null, endpoints.entity(demoEntity('ron')))).status).toBe(401);
    expect((await callApi('guest@contoso.com', endpoints.entity(demoEntity('ron')))).status).toBe(
      403,
    );
  });

  it('answers 404 for unknown ids and for another tenant or scenario', async () => {
    for (const id of ['u999999-zzzz', 'nonsense', `${demoEntity('ron')}x`]) {
      const response = await callApi(analyst, endpoints.entity(id));
      expect(response.status).toBe(404);
      expect(problemSchema.parse(response.body).code).toBe('entity-not-found');
    }
    expect((await callApi('admin@fabrikam.com', endpoints.entity(demoEntity('ron')))).status).toBe(
      404,
    );
    const ron = demoEntity('ron');
    await givenScenario('large');
    expect((await callApi(analyst, endpoints.entity(ron))).status).toBe(404);
  });
});

describe('memberships', () => {
  it('lists direct and recursive memberships with depth, through a nesting cycle', async () => {
    const path = endpoints.entityMemberOf(demoEntity('lidia'));
    const direct = memberOfResultSchema.parse(
      (await callApi(analyst, `${path}?scope=direct`)).body,
    );
    expect(direct.items.map((m) => [m.group.name, m.depth])).toEqual([['Helpdesk', 1]]);
    const recursive = memberOfResultSchema.parse(
      (await callApi(analyst, `${path}?scope=recursive`)).body,
    );
    expect(recursive.items.map((m) => [m.group.name, m.depth, m.via?.name ?? null])).toEqual([
      ['Helpdesk', 1, null],
      ['Service Desk', 2, 'Helpdesk'],
    ]);
    expect(recursive).toMatchObject({ directCount: 1, recursiveCount: 2, total: 2 });
  });

  it('walks nesting up to the built-in groups, each group once at its smallest depth', async () => {
    const path = endpoints.entityMemberOf(demoEntity('ron'));
    const result = memberOfResultSchema.parse(
      (await callApi(analyst, `${path}?scope=recursive`)).body,
    );
    const names = result.items.map((m) => `${m.group.name}:${m.depth}`);
    expect(names).toEqual(
      expect.arrayContaining(['Tier0 Helpdesk:1', 'Domain Admins:2', 'Administrators:3']),
    );
    expect(new Set(result.items.map((m) => m.group.id)).size).toBe(result.items.length);
    const filtered = memberOfResultSchema.parse(
      (await callApi(analyst, `${path}?scope=recursive&q=domain`)).body,
    );
    expect(filtered.items.map((m) => m.group.name)).toEqual(['Domain Admins']);
  });

  it('lists a group’s members, direct and nested', async () => {
    const path = endpoints.entityMembers(demoEntity('Domain Admins@0'));
    const direct = membersResultSchema.parse((await callApi(analyst, `${path}?scope=direct`)).body);
    expect(direct.items.map((m) => m.entity.name)).toEqual(
      expect.arrayContaining(['Sisanda Fela', 'Tier0 Helpdesk']),
    );
    const nested = membersResultSchema.parse(
      (await callApi(analyst, `${path}?scope=recursive`)).body,
    );
    const ron = nested.items.find((m) => m.entity.name === 'Ron Harper');
    expect(ron).toMatchObject({ depth: 2, via: { name: 'Tier0 Helpdesk' } });
    const notGroup = await callApi(analyst, `${endpoints.entityMembers(demoEntity('ron'))}`);
    expect(notGroup.status).toBe(404);
  });

  it('agrees both ways for generated groups', async () => {
    const path = endpoints.entityMembers(demoEntity('Domain Admins@0').replace(/^g\d+/, 'g60'));
    const members = membersResultSchema.parse((await callApi(analyst, `${path}?limit=200`)).body);
    expect(members.directCount).toBeGreaterThan(0);
    for (const m of members.items.slice(0, 5)) {
      const of = memberOfResultSchema.parse(
        (await callApi(analyst, `${endpoints.entityMemberOf(m.entity.id)}?limit=200`)).body,
      );
      expect(of.items.map((g) => g.group.id)).toContain(path.split('/')[3]);
    }
  });

  it('gives the manager chain and direct reports', async () => {
    const org = organizationSchema.parse(
      (await callApi(analyst, endpoints.entityOrganization(demoEntity('ron')))).body,
    );
    expect(org.managers.length).toBeGreaterThan(0);
    const top = org.managers[0]!;
    const topOrg = organizationSchema.parse(
      (await callApi(analyst, endpoints.entityOrganization(top.id))).body,
    );
    expect(topOrg.managers).toEqual([]);
    expect(topOrg.directReportCount).toBe(topOrg.directReports.length);
    expect(topOrg.directReportCount).toBeGreaterThan(0);
  });
});

describe('links from the deployment', () => {
  it('gives every generated sensor and domain controller the id of its computer profile', async () => {
    const sensors = sensorListSchema.parse((await callApi(analyst, endpoints.sensors)).body);
    const dcs = domainControllerListSchema.parse(
      (await callApi(analyst, endpoints.domainControllers)).body,
    );
    for (const item of [...sensors.items, ...dcs.items]) {
      expect(item.entityId, item.fqdn).toBeDefined();
      const computer = await profile(item.entityId ?? '');
      expect(computer).toMatchObject({ kind: 'Computer', name: item.name });
      if (computer.kind === 'Computer') expect(computer.dnsName).toBe(item.fqdn);
    }
  });
});
