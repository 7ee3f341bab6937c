import { describe, expect, it } from 'vitest';
import { alertPageSchema } from '../../src/api/contracts/alerts';
import { auditListSchema } from '../../src/api/contracts/audit';
import { entityProfileSchema, searchResultSchema } from '../../src/api/contracts/entities';
import {
  builtInSensitiveGroupListSchema,
  entityTagResolveResultSchema,
  entityTagsResponseSchema,
  honeytokenSignInResultSchema,
  type EntityTagsInput,
} from '../../src/api/contracts/entity-tags';
import { lateralMovementPathsSchema } from '../../src/api/contracts/lateral-movement';
import { problemSchema } from '../../src/api/contracts/problem';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { tenantIds } from '../identity/directory';
import { instanceFor } from '../scenarios/scenarios';
import { store } from '../store/store';
import { callApi } from '../testing/api-client';
import { demoEntity } from '../testing/demo-entities';

const admin = 'admin@contoso.com';
const analyst = 'analyst@contoso.com';
const viewer = 'viewer@contoso.com';
const path = endpoints.config('entity-tags');
const none: EntityTagsInput = {
  honeytokens: [],
  sensitiveAccounts: [],
  sensitiveGroups: [],
  exchangeServers: [],
};

async function current(upn = analyst) {
  const response = await callApi(upn, path);
  expect(response.status).toBe(200);
  return entityTagsResponseSchema.parse(response.body);
}

async function save(change: Partial<EntityTagsInput>, upn = analyst, etag?: string) {
  const ifMatch = etag ?? (await current(upn)).etag;
  return callApi(upn, path, {
    method: 'PUT',
    body: { ...none, ...change },
    headers: { 'If-Match': ifMatch },
  });
}

async function profile(key: string) {
  const response = await callApi(analyst, endpoints.entity(demoEntity(key)));
  expect(response.status).toBe(200);
  return entityProfileSchema.parse(response.body);
}

describe('entity tags: the resource', () => {
  it('starts empty and records who tagged each entity, and when', async () => {
    const empty = await current();
    expect(empty.value).toEqual(none);
    expect(empty.etag).toBe('W/"0"');
    const response = await save({
      sensitiveAccounts: [demoEntity('lidia')],
      honeytokens: [demoEntity('vieno')],
    });
    expect(response.status).toBe(200);
    const saved = entityTagsResponseSchema.parse(response.body);
    expect(saved.value.sensitiveAccounts).toEqual([
      expect.objectContaining({
        id: demoEntity('lidia'),
        name: 'Lidia Holloway',
        kind: 'User',
        taggedBy: 'Megan Bowen',
        taggedAt: new Date(store.now()).toISOString(),
      }),
    ]);
    expect(saved.updatedBy).toBe('Megan Bowen');
    // Saving again keeps the first tagger of an entry that stays.
    const again = entityTagsResponseSchema.parse(
      (
        await save(
          {
            sensitiveAccounts: [demoEntity('lidia'), demoEntity('lidia')],
            honeytokens: [demoEntity('vieno')],
          },
          admin,
        )
      ).body,
    );
    expect(again.value.sensitiveAccounts).toHaveLength(1);
    expect(again.value.sensitiveAccounts[0]?.taggedBy).toBe('Megan Bowen');
  });

  it('refuses unknown ids and entities a section doesn’t take, naming each field', async () => {
    const response = await save({
      sensitiveGroups: [demoEntity('Helpdesk'), demoEntity('lidia')],
      exchangeServers: ['c999999-zzzz'],
      honeytokens: [demoEntity('Domain Admins@0')],
    });
    expect(response.status).toBe(400);
    const body = problemSchema.parse(response.body);
    expect(body.errors).toEqual({
      'sensitiveGroups.1': ['Lidia Holloway is a user; Sensitive groups takes groups'],
      'exchangeServers.0': ['No such entity in this directory'],
      'honeytokens.0': ['Domain Admins is a group; Honeytoken takes users and computers'],
    });
    expect((await current()).value).toEqual(none);
    const malformed = await callApi(analyst, path, {
      method: 'PUT',
      body: { honeytokens: 'everyone' },
      headers: { 'If-Match': (await current()).etag },
    });
    expect(malformed.status).toBe(400);
    expect(Object.keys(problemSchema.parse(malformed.body).errors ?? {})).toEqual(
      expect.arrayContaining(['honeytokens', 'sensitiveAccounts']),
    );
  });

  it('answers 412 with who saved when the version is stale, 428 without one', async () => {
    const { etag } = await current();
    expect((await save({ honeytokens: [demoEntity('vieno')] }, admin, etag)).status).toBe(200);
    const stale = await save({ sensitiveAccounts: [demoEntity('lidia')] }, analyst, etag);
    expect(stale.status).toBe(412);
    expect(problemSchema.parse(stale.body).currentVersion).toMatchObject({
      updatedBy: 'Adele Vance',
      etag: 'W/"1"',
    });
    const unversioned = await callApi(analyst, path, { method: 'PUT', body: none });
    expect(unversioned.status).toBe(428);
  });

  it('lets Administrators and Users edit; Viewers read only (403)', async () => {
    expect((await current(viewer)).value).toEqual(none);
    const refused = await save({ honeytokens: [demoEntity('vieno')] }, viewer);
    expect(refused.status).toBe(403);
    expect(problemSchema.parse(refused.body).missingPermission).toBe('config.entityTags');
    const paste = await callApi(viewer, endpoints.entityTagsResolve, {
      method: 'POST',
      body: { section: 'honeytokens', lines: ['Lidia Holloway'] },
    });
    expect(paste.status).toBe(403);
    expect((await save({ honeytokens: [demoEntity('vieno')] }, admin)).status).toBe(200);
    expect((await save({ honeytokens: [] }, analyst)).status).toBe(200);
  });

  it('keeps each tenant’s tags apart', async () => {
    expect((await save({ sensitiveAccounts: [demoEntity('lidia')] })).status).toBe(200);
    store.state.tenants[tenantIds.fabrikam]!.instance = instanceFor('fabrikam', store.now());
    const theirs = await callApi('admin@fabrikam.com', path);
    expect(entityTagsResponseSchema.parse(theirs.body).value).toEqual(none);
    // Contoso's ids name nothing in Fabrikam's directory.
    const response = await callApi('admin@fabrikam.com', path, {
      method: 'PUT',
      body: { ...none, sensitiveAccounts: [demoEntity('lidia')] },
      headers: { 'If-Match': entityTagsResponseSchema.parse(theirs.body).etag },
    });
    expect(response.status).toBe(400);
  });

  it('is audited with the names before and after, in the page’s words', async () => {
    await save({ sensitiveAccounts: [demoEntity('lidia')] });
    await save({ sensitiveAccounts: [demoEntity('lidia'), demoEntity('vieno')] });
    const audit = auditListSchema.parse((await callApi(admin, `${endpoints.audit}`)).body);
    const entry = audit.items.find((e) => e.page === 'Entity tags');
    expect(entry?.changes).toEqual([
      {
        field: 'sensitiveAccounts',
        label: 'Sensitive accounts',
        before: 'Lidia Holloway (contoso.com)',
        after: 'Lidia Holloway (contoso.com), Vieno Mosley (emea.contoso.com)',
      },
    ]);
  });
});

describe('entity tags: the page’s helpers', () => {
  it('resolves pasted names, SAM names and UPNs, and names every line it can’t use', async () => {
    const response = await callApi(analyst, endpoints.entityTagsResolve, {
      method: 'POST',
      body: {
        section: 'sensitiveAccounts',
        lines: [
          'Lidia Holloway',
          'vieno.mosley',
          'ron.harper@contoso.com',
          'Nobody Here',
          'Helpdesk',
        ],
      },
    });
    expect(response.status).toBe(200);
    const { items } = entityTagResolveResultSchema.parse(response.body);
    expect(items.map((i) => i.entity?.name ?? null)).toEqual([
      'Lidia Holloway',
      'Vieno Mosley',
      'Ron Harper',
      null,
      null,
    ]);
    expect(items[3]?.problem).toBe('No user, computer or group is called “Nobody Here”');
    expect(items[4]?.problem).toBe(
      '“Helpdesk” is a group; Sensitive accounts takes users and computers',
    );
  });

  it('lists the built-in sensitive groups with the members each makes sensitive', async () => {
    const response = await callApi(viewer, endpoints.entityTagsBuiltInGroups);
    const { items } = builtInSensitiveGroupListSchema.parse(response.body);
    const domainAdmins = items.find(
      (i) => i.group.name === 'Domain Admins' && i.group.domain === 'contoso.com',
    );
    // Sisanda Fela, Tier0 Helpdesk and Ron Harper through it, at least.
    expect(domainAdmins?.sensitiveMembers).toBeGreaterThanOrEqual(3);
    expect(items.map((i) => i.group.name)).toContain('Microsoft Exchange Servers');
  });
});

describe('entity tags: effects on the directory', () => {
  it('makes a tagged account sensitive with the reason, and untagging undoes it', async () => {
    const before = await profile('lidia');
    expect(before.tags).not.toContain('Sensitive');
    expect(before.sensitiveReasons).toEqual([]);
    await save({ sensitiveAccounts: [demoEntity('lidia')] });
    const after = await profile('lidia');
    expect(after.tags).toContain('Sensitive');
    expect(after.sensitiveReasons).toEqual([
      {
        kind: 'Tagged',
        text: 'Tagged by Megan Bowen',
        via: [],
        at: new Date(store.now()).toISOString(),
      },
    ]);
    const hits = searchResultSchema.parse(
      (await callApi(analyst, `${endpoints.entitySearch}?q=lidia%20holloway`)).body,
    );
    expect(hits.items[0]?.tags).toContain('Sensitive');
    await save({});
    expect((await profile('lidia')).tags).not.toContain('Sensitive');
  });

  it('makes members of a tagged group sensitive through it, keeping the built-in reasons', async () => {
    const ronBefore = (await profile('ron')).sensitiveReasons;
    await save({ sensitiveGroups: [demoEntity('Helpdesk')] });
    const lidia = await profile('lidia');
    expect(lidia.sensitiveReasons.map((r) => r.text)).toEqual(['Member of Helpdesk']);
    expect(lidia.sensitiveReasons[0]?.via.map((g) => g.name)).toEqual(['Helpdesk']);
    // Ron Harper isn't in Helpdesk: his built-in reasons stay as they were.
    expect((await profile('ron')).sensitiveReasons).toEqual(ronBefore);
    expect(ronBefore.map((r) => r.text)).toContain(
      'Member of Domain Admins through Tier0 Helpdesk',
    );
    const helpdesk = await profile('Helpdesk');
    expect(helpdesk.sensitiveReasons.map((r) => r.text)).toContain('Tagged by Megan Bowen');
    // Service Desk is a member of Helpdesk.
    expect((await profile('Service Desk')).sensitiveReasons.map((r) => r.text)).toContain(
      'Member of Helpdesk',
    );
  });

  it('marks honeytokens with the pill and Exchange servers with their reason', async () => {
    await save({ honeytokens: [demoEntity('vieno')], exchangeServers: [demoEntity('CA01')] });
    expect((await profile('vieno')).tags).toEqual(expect.arrayContaining(['Honeytoken']));
    expect((await profile('vieno')).tags).not.toContain('Sensitive');
    const ca = await profile('CA01');
    expect(ca.sensitiveReasons.map((r) => r.text)).toContain(
      'Exchange server, tagged by Megan Bowen',
    );
  });

  it('recomputes lateral movement paths toward a newly sensitive account', async () => {
    const lmp = async () =>
      lateralMovementPathsSchema.parse(
        (await callApi(analyst, endpoints.entityLateralMovementPaths(demoEntity('lidia')))).body,
      );
    expect((await lmp()).view).toBe('Non-sensitive');
    await save({ sensitiveAccounts: [demoEntity('lidia')] });
    const tagged = await lmp();
    expect(tagged.view).toBe('Sensitive');
    const names = new Map(tagged.nodes.map((n) => [n.id, n.entity.name]));
    const ends = tagged.paths.map((p) => names.get(p.nodes.at(-1)!));
    expect(ends.length).toBeGreaterThan(0);
    expect(new Set(ends)).toEqual(new Set(['Lidia Holloway']));
    await save({});
    expect((await lmp()).view).toBe('Non-sensitive');
  });
});

describe('Demo: simulate honeytoken sign-in', () => {
  const signIn = (accountKey: string, computerKey = 'KIOSK07', upn = analyst) =>
    callApi(upn, endpoints.demo.honeytokenSignIn, {
      method: 'POST',
      body: { accountId: demoEntity(accountKey), computerId: demoEntity(computerKey) },
    });
  const openAlerts = async () =>
    alertPageSchema.parse((await callApi(analyst, `${endpoints.alerts}?filter=All&limit=50`)).body);

  it('raises nothing for an account that is not a honeytoken', async () => {
    const before = (await openAlerts()).counts.All;
    const response = await signIn('lidia');
    expect(response.status).toBe(200);
    expect(honeytokenSignInResultSchema.parse(response.body)).toEqual({
      alert: null,
      message: 'No alert: Lidia Holloway is not a honeytoken',
    });
    expect((await openAlerts()).counts.All).toBe(before);
  });

  it('raises a Honeytoken activity alert for a honeytoken, newest on the timeline', async () => {
    await save({ honeytokens: [demoEntity('vieno')] });
    const before = await openAlerts();
    const response = honeytokenSignInResultSchema.parse((await signIn('vieno')).body);
    expect(response.alert?.title).toBe('Honeytoken activity');
    const after = await openAlerts();
    expect(after.counts.All).toBe(before.counts.All + 1);
    const newest = after.items[0]!;
    expect(newest.id).toBe(response.alert?.id);
    expect(newest).toMatchObject({ detectionId: '2014', status: 'Open' });
    expect(newest.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Vieno Mosley', 'KIOSK07']),
    );
    // Alerts that were there keep their ids.
    expect(after.items.slice(1, 6).map((a) => a.id)).toEqual(
      before.items.slice(0, 5).map((a) => a.id),
    );
    const page = await callApi(viewer, endpoints.alert(newest.id));
    expect(page.status).toBe(200);
  });

  it('refuses what is not a user and a computer, and another tenant’s entities', async () => {
    const wrong = await callApi(analyst, endpoints.demo.honeytokenSignIn, {
      method: 'POST',
      body: { accountId: demoEntity('KIOSK07'), computerId: demoEntity('lidia') },
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(problemSchema.parse(wrong.body).errors ?? {}).sort()).toEqual([
      'accountId',
      'computerId',
    ]);
    store.state.tenants[tenantIds.fabrikam]!.instance = instanceFor('fabrikam', store.now());
    expect((await signIn('lidia', 'KIOSK07', 'admin@fabrikam.com')).status).toBe(400);
  });

  it('works in the active-attack scenario, before the story’s later alerts', async () => {
    await givenScenario('active-attack');
    await save({ honeytokens: [demoEntity('vieno')] });
    const response = honeytokenSignInResultSchema.parse((await signIn('vieno')).body);
    expect(response.alert).not.toBeNull();
    const alert = await callApi(analyst, endpoints.alert(response.alert!.id));
    expect(alert.status).toBe(200);
  });
});
