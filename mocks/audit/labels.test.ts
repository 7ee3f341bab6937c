import { describe, expect, it } from 'vitest';
import { auditFieldLabel, hasAuditFieldLabel } from '../../src/api/contracts/audit-labels';
import { defaultSchedule } from '../../src/api/contracts/scheduled-reports';
import { defaultSyslogSettings } from '../../src/api/contracts/syslog';
import { flatten } from './diff';

const instance = {
  name: 'contoso',
  url: 'https://contoso.vigil.example',
  sensorEndpoint: 'contososensorapi.vigil.example',
  region: 'Europe',
  createdAt: '2026-11-20T09:00:00.000Z',
};

/** A snapshot of every audited resource, shaped as the handlers take them (`audit.snapshot`). */
const snapshots: Record<string, unknown> = {
  'Syslog notifications': defaultSyslogSettings,
  'Email notifications': { alertRecipients: ['a@x.com'], healthRecipients: [] },
  'Scheduled reports': {
    summary: defaultSchedule,
    'sensitive-groups': defaultSchedule,
    'cleartext-passwords': defaultSchedule,
    'lateral-movement-paths': defaultSchedule,
  },
  'Preview detections': { enabled: true },
  VPN: { radiusEnabled: true, sharedSecret: { isSet: true, updatedAt: null } },
  'Microsoft Defender for Endpoint': { enabled: true },
  'Directory services': {
    id: 'x',
    kind: 'gMSA',
    accountName: 'svc$',
    domain: 'contoso.com',
    password: { isSet: false, updatedAt: null },
  },
  Sensors: {
    description: '',
    domainControllers: '',
    networkAdapters: '',
    delayedUpdate: false,
    accessKey: { isSet: true, updatedAt: null },
    'Sensor DC01': { delayedUpdate: true },
  },
  'Health center': { status: 'Open', reason: null },
  'Role groups': { members: { 'viewer@contoso.com': 'Alex Wilber' } },
  'Create instance': instance,
  'Delete instance': instance,
  Exclusions: { 'Global exclusions|IP address 10.0.0.0/8': 'No expiry' },
};

describe('audit field labels', () => {
  it.each(Object.entries(snapshots))('labels every field %s records', (page, snapshot) => {
    const unlabelled = Object.keys(flatten(snapshot)).filter((f) => !hasAuditFieldLabel(page, f));
    expect(unlabelled).toEqual([]);
  });

  it('uses the words the pages show', () => {
    expect(auditFieldLabel('Syslog notifications', 'sensorId')).toBe(
      'Sensor that sends the messages',
    );
    expect(auditFieldLabel('VPN', 'radiusEnabled')).toBe('RADIUS accounting');
    expect(auditFieldLabel('Scheduled reports', 'summary.frequency')).toBe(
      'Send the Summary report',
    );
    expect(auditFieldLabel('Role groups', 'members.viewer@contoso.com')).toBe(
      'Member viewer@contoso.com',
    );
    expect(auditFieldLabel('Sensors', 'Sensor DC01.delayedUpdate')).toBe(
      'Sensor DC01: Delayed update',
    );
    // Unknown fields fall back to their path rather than vanishing.
    expect(auditFieldLabel('Syslog notifications', 'later.added')).toBe('later.added');
  });
});
