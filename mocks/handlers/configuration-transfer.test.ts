import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditListSchema } from '../../src/api/contracts/audit';
import {
  configurationDocumentSchema,
  importPreviewSchema,
  importResultSchema,
  type ConfigurationDocument,
} from '../../src/api/contracts/configuration-transfer';
import { exclusionsResponseSchema, type ExclusionDraft } from '../../src/api/contracts/exclusions';
import { directoryAccountsResponseSchema } from '../../src/api/contracts/directory-services';
import { problemSchema } from '../../src/api/contracts/problem';
import { vpnSettingsResponseSchema } from '../../src/api/contracts/vpn';
import { endpoints } from '../../src/api/endpoints';
import { givenNow } from '../configure';
import { demoEntity } from '../testing/demo-entities';
import { callApi } from '../testing/api-client';

const ADMIN = 'admin@contoso.com';
const SECRET = 'Radius7Secret42xyz';

async function exported(upn = ADMIN) {
  const response = await callApi(upn, endpoints.configurationExport);
  expect(response.status).toBe(200);
  return configurationDocumentSchema.parse(response.body);
}

async function preview(document: unknown, upn = ADMIN) {
  return callApi(upn, endpoints.configurationImportPreview, { method: 'POST', body: document });
}

async function importDocument(document: ConfigurationDocument, upn = ADMIN) {
  const answer = await preview(document, upn);
  expect(answer.status).toBe(200);
  const { etag } = importPreviewSchema.parse(answer.body);
  return callApi(upn, endpoints.configurationImport, {
    method: 'POST',
    body: document,
    headers: { 'If-Match': etag },
  });
}

async function auditOf(upn = ADMIN) {
  return auditListSchema.parse((await callApi(upn, `${endpoints.audit}?limit=100`)).body);
}

async function setConfig(name: string, value: unknown, upn = ADMIN) {
  const current = await callApi(upn, endpoints.config(name));
  const etag = (current.body as { etag: string }).etag;
  const saved = await callApi(upn, endpoints.config(name), {
    method: 'PUT',
    body: value,
    headers: { 'If-Match': etag },
  });
  expect(saved.status).toBe(200);
}

const withSection = (doc: ConfigurationDocument, key: string, value: unknown) => ({
  ...doc,
  sections: { ...doc.sections, [key]: value },
});

describe('configuration export', () => {
  it('writes every section as one versioned document, without any secret', async () => {
    givenNow('2026-11-20T10:00:00Z');
    await setConfig('vpn', { radiusEnabled: true, sharedSecret: SECRET });
    const doc = await exported();
    expect(doc).toMatchObject({
      format: 'vigil-configuration',
      schemaVersion: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      exportedBy: ADMIN,
      instance: 'contoso',
    });
    expect(Object.keys(doc.sections)).toEqual([
      'delayedUpdates',
      'directoryServices',
      'vpn',
      'defenderForEndpoint',
      'entityTags',
      'exclusions',
      'emailNotifications',
      'syslog',
      'scheduledReports',
      'previewDetections',
      'roleGroups',
    ]);
    expect(doc.sections.vpn).toEqual({ radiusAccounting: true });
    expect(doc.sections.directoryServices).toEqual({
      accounts: [{ kind: 'Standard account', accountName: 'svc-vigil', domain: 'contoso.com' }],
    });
    expect(doc.sections.roleGroups).toEqual({
      administrators: [],
      users: ['analyst@contoso.com'],
      viewers: ['viewer@contoso.com'],
    });
    const text = JSON.stringify(doc);
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/password"|secret"|accessKey/i);
  });

  it('lets Administrators and Users export, not Viewers; import is Administrators only', async () => {
    expect((await callApi('analyst@contoso.com', endpoints.configurationExport)).status).toBe(200);
    const viewer = await callApi('viewer@contoso.com', endpoints.configurationExport);
    expect(viewer.status).toBe(403);
    expect(problemSchema.parse(viewer.body).missingPermission).toBe('config.export');
    const doc = await exported();
    for (const upn of ['analyst@contoso.com', 'viewer@contoso.com']) {
      const refused = await preview(doc, upn);
      expect(refused.status).toBe(403);
      expect(problemSchema.parse(refused.body).missingPermission).toBe('config.import');
      const applied = await callApi(upn, endpoints.configurationImport, {
        method: 'POST',
        body: doc,
        headers: { 'If-Match': 'W/"x"' },
      });
      expect(applied.status).toBe(403);
    }
    expect((await callApi(null, endpoints.configurationExport)).status).toBe(401);
  });
});

describe('configuration import', () => {
  it('round-trips: an export imported back changes nothing', async () => {
    const doc = await exported();
    const answer = importPreviewSchema.parse((await preview(doc)).body);
    expect(answer.sections.every((s) => s.changes.length === 0)).toBe(true);
    const before = (await auditOf()).total;
    const result = importResultSchema.parse((await importDocument(doc)).body);
    expect(result.changed).toEqual([]);
    expect((await auditOf()).total).toBe(before);
    expect(await exported()).toEqual(doc);
  });

  it('shows the diff per page, applies it, and audits one entry per changed resource', async () => {
    const doc = await exported();
    await setConfig('email-notifications', { alertRecipients: [], healthRecipients: [] });
    await setConfig('preview-detections', { enabled: false });
    const answer = importPreviewSchema.parse((await preview(doc)).body);
    const email = answer.sections.find((s) => s.key === 'emailNotifications');
    expect(email).toMatchObject({
      page: 'Email notifications',
      href: '/configuration/notifications',
    });
    expect(email?.changes).toEqual([
      {
        field: 'alertRecipients',
        label: 'A new security alert is detected: send to',
        before: null,
        after: 'soc@contoso.com',
      },
    ]);
    expect(answer.sections.find((s) => s.key === 'previewDetections')?.changes).toEqual([
      { field: 'enabled', label: 'Show preview detections', before: 'Off', after: 'On' },
    ]);

    const before = (await auditOf()).total;
    const result = importResultSchema.parse((await importDocument(doc)).body);
    expect(result.changed.map((c) => c.key)).toEqual(['emailNotifications', 'previewDetections']);
    const log = await auditOf();
    expect(log.total).toBe(before + 2);
    expect(log.items.slice(0, 2).map((e) => [e.page, e.target])).toEqual(
      expect.arrayContaining([
        ['Email notifications', 'Email notifications (imported from contoso)'],
        ['Preview detections', 'Preview detections (imported from contoso)'],
      ]),
    );
    expect(await exported()).toEqual({ ...doc, exportedAt: expect.any(String) });
  });

  it('applies nothing when one section of the file is bad, naming the field', async () => {
    const doc = await exported();
    const bad = withSection(
      withSection(doc, 'emailNotifications', {
        alertRecipients: ['x@y.com'],
        healthRecipients: [],
      }),
      'syslog',
      { ...(doc.sections.syslog as object), port: 70000 },
    );
    const withSecret = withSection(bad, 'vpn', {
      radiusAccounting: true,
      sharedSecret: 'abcd1234',
    });
    const before = (await auditOf()).total;
    for (const file of [bad, withSecret]) {
      const refused = await callApi(ADMIN, endpoints.configurationImport, {
        method: 'POST',
        body: file,
        headers: { 'If-Match': 'W/"anything"' },
      });
      expect(refused.status).toBe(400);
      const problem = problemSchema.parse(refused.body);
      expect(Object.keys(problem.errors ?? {})).toContain('sections.syslog.port');
    }
    const secretAnswer = problemSchema.parse((await preview(withSecret)).body);
    expect(Object.keys(secretAnswer.errors ?? {})).toContain('sections.vpn');
    const unknown = problemSchema.parse((await preview(withSection(doc, 'mailServer', {}))).body);
    expect(unknown.errors?.['sections.mailServer']?.[0]).toMatch(/Unknown section/);
    const notAFile = problemSchema.parse((await preview({ hello: 'world' })).body);
    expect(Object.keys(notAFile.errors ?? {})).toEqual(
      expect.arrayContaining(['format', 'schemaVersion', 'sections']),
    );
    expect(await exported()).toEqual({ ...doc, exportedAt: expect.any(String) });
    expect((await auditOf()).total).toBe(before);
  });

  it('refuses an import made against a configuration that changed since the preview (412)', async () => {
    const doc = withSection(await exported(), 'previewDetections', { enabled: false });
    const { etag } = importPreviewSchema.parse((await preview(doc)).body);
    await setConfig('email-notifications', { alertRecipients: [], healthRecipients: [] });
    const stale = await callApi(ADMIN, endpoints.configurationImport, {
      method: 'POST',
      body: doc,
      headers: { 'If-Match': etag },
    });
    expect(stale.status).toBe(412);
    expect((await exported()).sections.previewDetections).toEqual({ enabled: true });
  });

  it('carries Contoso’s configuration into Fabrikam’s new instance, never across tenants', async () => {
    await setConfig('vpn', { radiusEnabled: true, sharedSecret: SECRET });
    await setConfig('preview-detections', { enabled: false });
    const doc = await exported();
    const contosoAudit = (await auditOf()).total;

    const fabrikam = 'admin@fabrikam.com';
    expect((await callApi(fabrikam, endpoints.instance, { method: 'POST', body: {} })).status).toBe(
      201,
    );
    const answer = importPreviewSchema.parse((await preview(doc, fabrikam)).body);
    const warnings = answer.sections.flatMap((s) => s.warnings);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/svc-vigil has no password here/),
        expect.stringMatching(/RADIUS accounting stays off/),
        expect.stringMatching(/analyst@contoso\.com is not in Fabrikam’s directory/),
      ]),
    );
    expect((await importDocument(doc, fabrikam)).status).toBe(200);

    const after = await exported(fabrikam);
    expect(after.instance).toBe('fabrikam');
    expect(after.sections.previewDetections).toEqual({ enabled: false });
    expect(after.sections.vpn).toEqual({ radiusAccounting: false });
    expect(after.sections.roleGroups).toEqual({ administrators: [], users: [], viewers: [] });
    const accounts = directoryAccountsResponseSchema.parse(
      (await callApi(fabrikam, endpoints.directoryServices)).body,
    );
    expect(accounts.value.accounts).toMatchObject([
      { accountName: 'svc-vigil', domain: 'contoso.com', password: { isSet: false } },
    ]);
    const vpn = vpnSettingsResponseSchema.parse(
      (await callApi(fabrikam, endpoints.config('vpn'))).body,
    );
    expect(vpn.value.sharedSecret.isSet).toBe(false);
    const fabrikamAudit = await auditOf(fabrikam);
    expect(fabrikamAudit.items.some((e) => e.target.endsWith('(imported from contoso)'))).toBe(
      true,
    );
    // Contoso is untouched, and its audit log holds nothing of Fabrikam's import.
    expect((await auditOf()).total).toBe(contosoAudit);
    expect((await exported()).sections).toEqual(doc.sections);
  });
});

describe('docs/configuration-format.md', () => {
  it('has an example that imports as documented', async () => {
    const text = readFileSync(resolve(process.cwd(), 'docs/configuration-format.md'), 'utf8');
    const example = /```json\n([\s\S]+?)\n```/.exec(text)?.[1];
    const answer = await preview(JSON.parse(example ?? 'null'));
    expect(answer.status).toBe(200);
    const parsed = importPreviewSchema.parse(answer.body);
    expect(parsed.sections.map((s) => s.key)).toEqual([
      'directoryServices',
      'emailNotifications',
      'syslog',
      'scheduledReports',
    ]);
    expect(parsed.untouched.map((s) => s.key)).toContain('roleGroups');
  });
});

describe('entity tags in the configuration file', () => {
  it('carries tags by UPN and DNS name, keeps who tagged, and leaves out names another directory lacks', async () => {
    await setConfig('entity-tags', {
      honeytokens: [demoEntity('ron')],
      sensitiveAccounts: [demoEntity('DC01')],
      sensitiveGroups: [],
      exchangeServers: [],
    });
    const doc = await exported();
    expect(doc.sections.entityTags).toEqual({
      honeytokens: ['ron.harper@contoso.com'],
      sensitiveAccounts: ['dc01.contoso.com'],
      sensitiveGroups: [],
      exchangeServers: [],
    });
    await setConfig('entity-tags', {
      honeytokens: [],
      sensitiveAccounts: [],
      sensitiveGroups: [],
      exchangeServers: [],
    });
    const answer = importPreviewSchema.parse((await preview(doc)).body);
    expect(answer.sections.find((s) => s.key === 'entityTags')?.changes).toEqual([
      {
        field: 'honeytokens',
        label: 'Honeytoken accounts',
        before: null,
        after: 'Ron Harper (contoso.com)',
      },
      {
        field: 'sensitiveAccounts',
        label: 'Sensitive accounts',
        before: null,
        after: 'DC01 (contoso.com)',
      },
    ]);
    expect((await importDocument(doc)).status).toBe(200);
    const checklist = (await callApi(ADMIN, endpoints.moveFromAtaChecklist)).body as {
      items: { id: string; done: boolean }[];
    };
    expect(checklist.items.find((i) => i.id === 'honeytokens')?.done).toBe(true);
    expect((await exported()).sections.entityTags).toEqual(doc.sections.entityTags);

    const fabrikam = 'admin@fabrikam.com';
    await callApi(fabrikam, endpoints.instance, { method: 'POST', body: {} });
    const there = importPreviewSchema.parse((await preview(doc, fabrikam)).body);
    expect(there.sections.find((s) => s.key === 'entityTags')?.warnings).toEqual([
      expect.stringMatching(/^ron\.harper@contoso\.com: .* — not tagged\.$/),
      expect.stringMatching(/^dc01\.contoso\.com: .* — not tagged\.$/),
    ]);
  });
});

describe('exclusions in the configuration file', () => {
  const FABRIKAM = 'admin@fabrikam.com';
  const expiresAt = '2027-01-31T00:00:00.000Z';

  async function exclusionsOf(upn = ADMIN) {
    return exclusionsResponseSchema.parse((await callApi(upn, endpoints.exclusions)).body).value
      .items;
  }

  async function addExclusions(add: ExclusionDraft[], upn = ADMIN) {
    const { etag } = exclusionsResponseSchema.parse(
      (await callApi(upn, endpoints.exclusions)).body,
    );
    const saved = await callApi(upn, endpoints.exclusions, {
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: { add, remove: [], expiry: [] },
    });
    expect(saved.status).toBe(200);
  }

  it('carries the lists to another instance and replaces the lists there, removals first', async () => {
    givenNow('2026-11-20T10:00:00Z');
    await addExclusions([
      {
        detectionId: null,
        kind: 'IP address',
        value: '10.20.0.7/16',
        note: 'Scanner subnet',
        expiresAt: null,
      },
      { detectionId: '2003', kind: 'Computer', value: 'client12', note: null, expiresAt },
    ]);
    const doc = await exported();
    expect(doc.sections.exclusions).toEqual({
      entries: [
        {
          detectionId: '2031',
          kind: 'Domain',
          value: 'e5.sk',
          note: expect.any(String),
          expiresAt: null,
        },
        {
          detectionId: '2031',
          kind: 'Domain',
          value: 'sophosxl.net',
          note: expect.any(String),
          expiresAt: null,
        },
        {
          detectionId: '2031',
          kind: 'Domain',
          value: 'spotify.com',
          note: expect.any(String),
          expiresAt: null,
        },
        {
          detectionId: null,
          kind: 'IP address',
          value: '10.20.0.0/16',
          note: 'Scanner subnet',
          expiresAt: null,
        },
        { detectionId: '2003', kind: 'Computer', value: 'CLIENT12', note: null, expiresAt },
      ],
    });

    await callApi(FABRIKAM, endpoints.instance, { method: 'POST', body: {} });
    const builtIn = (await exclusionsOf(FABRIKAM)).find((e) => e.value === 'spotify.com')!;
    const { entries } = doc.sections.exclusions as { entries: unknown[] };
    const withoutSpotify = withSection(doc, 'exclusions', {
      entries: entries.filter((e) => (e as { value: string }).value !== 'spotify.com'),
    });
    const answer = importPreviewSchema.parse((await preview(withoutSpotify, FABRIKAM)).body);
    const section = answer.sections.find((s) => s.key === 'exclusions');
    expect(section).toMatchObject({
      page: 'Exclusions',
      href: '/configuration/exclusions',
      warnings: [],
    });
    expect(section?.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Suspicious communication over DNS: Domain spotify.com', 'No expiry', null],
      ['Account enumeration reconnaissance: Computer CLIENT12', null, { date: expiresAt }],
      ['Global exclusions: IP address 10.20.0.0/16', null, 'No expiry'],
    ]);
    expect((await importDocument(withoutSpotify, FABRIKAM)).status).toBe(200);

    const there = await exclusionsOf(FABRIKAM);
    expect(there.map((e) => [e.detectionId, e.kind, e.value, e.note, e.expiresAt])).toEqual([
      ['2031', 'Domain', 'e5.sk', expect.any(String), null],
      ['2031', 'Domain', 'sophosxl.net', expect.any(String), null],
      [null, 'IP address', '10.20.0.0/16', 'Scanner subnet', null],
      ['2003', 'Computer', 'CLIENT12', null, expiresAt],
    ]);
    expect(there.find((e) => e.value === 'CLIENT12')?.entity?.kind).toBe('Computer');
    expect(there.every((e) => e.fromAlertId === null)).toBe(true);
    expect(there.find((e) => e.value === 'e5.sk')?.builtIn).toBe(true);
    expect(there.some((e) => e.id === builtIn.id)).toBe(false);
    const log = await auditOf(FABRIKAM);
    expect(log.items.find((e) => e.page === 'Exclusions')?.target).toBe(
      'Exclusions (imported from contoso)',
    );
    // The same file again changes nothing.
    const again = importPreviewSchema.parse((await preview(withoutSpotify, FABRIKAM)).body);
    expect(again.sections.find((s) => s.key === 'exclusions')?.changes).toEqual([]);
  });

  it('changes nothing when an entry of the file is bad, naming the entry and field', async () => {
    const doc = await exported();
    const bad = withSection(
      withSection(doc, 'previewDetections', { enabled: false }),
      'exclusions',
      {
        entries: [
          {
            detectionId: null,
            kind: 'IP address',
            value: '10.1.2.0/24',
            note: null,
            expiresAt: null,
          },
          {
            detectionId: null,
            kind: 'IP address',
            value: '300.1.2.3',
            note: null,
            expiresAt: null,
          },
          { detectionId: null, kind: 'User', value: 'ron', note: null, expiresAt: null },
          {
            detectionId: '2003',
            kind: 'Computer',
            value: 'CLIENT12',
            note: null,
            expiresAt: '2020-01-01T00:00:00Z',
          },
        ],
      },
    );
    const refused = await preview(bad);
    expect(refused.status).toBe(400);
    const errors = problemSchema.parse(refused.body).errors ?? {};
    expect(errors['sections.exclusions.entries.1.value']?.[0]).toMatch(
      /300\.1\.2\.3.* isn’t an IP address/,
    );
    expect(errors['sections.exclusions.entries.2.kind']?.[0]).toMatch(
      /global list can’t exclude by user/,
    );
    expect(errors['sections.exclusions.entries.3.expiresAt']).toEqual([
      'Choose an expiry in the future',
    ]);
    expect(Object.keys(errors)).toHaveLength(3);
    const before = await exclusionsOf();
    const applied = await callApi(ADMIN, endpoints.configurationImport, {
      method: 'POST',
      body: bad,
      headers: { 'If-Match': importPreviewSchema.parse((await preview(doc)).body).etag },
    });
    expect(applied.status).toBe(400);
    expect(await exclusionsOf()).toEqual(before);
    expect((await exported()).sections.previewDetections).toEqual({ enabled: true });
  });

  it('leaves out a computer the importing directory lacks, with a warning', async () => {
    const doc = withSection(await exported(), 'exclusions', {
      entries: [
        { detectionId: '2003', kind: 'Computer', value: 'NO-SUCH-PC', note: null, expiresAt: null },
      ],
    });
    const answer = importPreviewSchema.parse((await preview(doc)).body);
    expect(answer.sections.find((s) => s.key === 'exclusions')?.warnings).toEqual([
      'NO-SUCH-PC: No computer named “NO-SUCH-PC” in your directory — not added to detection 2003’s list.',
    ]);
  });
});
