import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { demoStateSchema } from '../../src/api/contracts/demo';
import {
  defenderSettingsResponseSchema,
  defenderStatusSchema,
} from '../../src/api/contracts/defender';
import { domainControllerListSchema } from '../../src/api/contracts/domain-controllers';
import { instancePlanSchema } from '../../src/api/contracts/instance';
import { meSchema } from '../../src/api/contracts/me';
import { onboardingSchema } from '../../src/api/contracts/onboarding';
import { problemSchema } from '../../src/api/contracts/problem';
import { auditListSchema } from '../../src/api/contracts/audit';
import { directoryUserListSchema, roleGroupListSchema } from '../../src/api/contracts/role-groups';
import {
  sensorHistorySchema,
  sensorListSchema,
  sensorSchema,
} from '../../src/api/contracts/sensors';
import { healthIssueListSchema } from '../../src/api/contracts/health';
import { demoOutageListSchema } from '../../src/api/contracts/demo-outages';
import { syslogSettingsResponseSchema } from '../../src/api/contracts/syslog';
import { scenarioNameSchema } from '../../src/api/contracts/vocabulary';
import { vpnSettingsResponseSchema } from '../../src/api/contracts/vpn';
import {
  emailNotificationsResponseSchema,
  previewDetectionsResponseSchema,
} from '../../src/api/contracts/notifications';
import { scheduledReportsResponseSchema } from '../../src/api/contracts/scheduled-reports';
import { directoryAccountsResponseSchema } from '../../src/api/contracts/directory-services';
import { accessKeySchema } from '../../src/api/contracts/sensor-setup';
import {
  activityPageSchema,
  activitySummarySchema,
  entityProfileSchema,
  memberOfResultSchema,
  membersResultSchema,
  organizationSchema,
  searchResultSchema,
} from '../../src/api/contracts/entities';
import { endpoints } from '../../src/api/endpoints';
import { givenScenario } from '../configure';
import { callApi } from '../testing/api-client';
import { demoEntity } from '../testing/demo-entities';

/**
 * Every handler, in every scenario, answers a shape its contract parses. A new endpoint is added
 * to `reads` (and gets the same guarantee) or this test is incomplete.
 */
const reads: {
  name: string;
  path: (ctx: { sensorId: string }) => string;
  schema: z.ZodMiniType;
  /** Only Administrators may read it; others get 403 problem+json. */
  adminOnly?: boolean;
}[] = [
  { name: 'me', path: () => endpoints.me, schema: meSchema },
  { name: 'sensors', path: () => endpoints.sensors, schema: sensorListSchema },
  { name: 'sensor', path: ({ sensorId }) => endpoints.sensor(sensorId), schema: sensorSchema },
  {
    name: 'sensor history',
    path: ({ sensorId }) => endpoints.sensorHistory(sensorId),
    schema: sensorHistorySchema,
  },
  { name: 'health issues', path: () => endpoints.healthIssues, schema: healthIssueListSchema },
  { name: 'demo outages', path: () => endpoints.demo.outages, schema: demoOutageListSchema },
  { name: 'demo state', path: () => endpoints.demo.state, schema: demoStateSchema },
  { name: 'instance plan', path: () => endpoints.instancePlan, schema: instancePlanSchema },
  {
    name: 'domain controllers',
    path: () => endpoints.domainControllers,
    schema: domainControllerListSchema,
  },
  { name: 'onboarding', path: () => endpoints.onboarding, schema: onboardingSchema },
  { name: 'role groups', path: () => endpoints.roleGroups, schema: roleGroupListSchema },
  {
    name: 'directory users',
    path: () => `${endpoints.directoryUsers}?search=a`,
    schema: directoryUserListSchema,
    adminOnly: true,
  },
  { name: 'audit', path: () => endpoints.audit, schema: auditListSchema, adminOnly: true },
  {
    name: 'syslog settings',
    path: () => endpoints.config('syslog'),
    schema: syslogSettingsResponseSchema,
  },
  { name: 'vpn settings', path: () => endpoints.config('vpn'), schema: vpnSettingsResponseSchema },
  {
    name: 'defender settings',
    path: () => endpoints.config('defender-for-endpoint'),
    schema: defenderSettingsResponseSchema,
  },
  { name: 'defender status', path: () => endpoints.defenderStatus, schema: defenderStatusSchema },
  {
    name: 'email notifications',
    path: () => endpoints.config('email-notifications'),
    schema: emailNotificationsResponseSchema,
  },
  {
    name: 'scheduled reports',
    path: () => endpoints.config('scheduled-reports'),
    schema: scheduledReportsResponseSchema,
  },
  {
    name: 'directory services',
    path: () => endpoints.directoryServices,
    schema: directoryAccountsResponseSchema,
  },
  { name: 'access key', path: () => endpoints.accessKey, schema: accessKeySchema, adminOnly: true },
  {
    name: 'entity search',
    path: () => `${endpoints.entitySearch}?q=ha`,
    schema: searchResultSchema,
  },
  { name: 'entity', path: () => endpoints.entity(demoEntity('ron')), schema: entityProfileSchema },
  {
    name: 'entity member of',
    path: () => `${endpoints.entityMemberOf(demoEntity('ron'))}?scope=recursive`,
    schema: memberOfResultSchema,
  },
  {
    name: 'group members',
    path: () => `${endpoints.entityMembers(demoEntity('Domain Admins@0'))}?scope=recursive`,
    schema: membersResultSchema,
  },
  {
    name: 'entity organization',
    path: () => endpoints.entityOrganization(demoEntity('ron')),
    schema: organizationSchema,
  },
  {
    name: 'entity activities',
    path: () => endpoints.entityActivities(demoEntity('EXCH01')),
    schema: activityPageSchema,
  },
  {
    name: 'entity activity summary',
    path: () => endpoints.entityActivitySummary(demoEntity('EXCH01')),
    schema: activitySummarySchema,
  },
  {
    name: 'preview detections',
    path: () => endpoints.config('preview-detections'),
    schema: previewDetectionsResponseSchema,
  },
];

describe.each(scenarioNameSchema.options)('scenario %s', (scenario) => {
  it.each(['admin@contoso.com', 'analyst@contoso.com', 'viewer@contoso.com'])(
    'every read answers its contract for %s',
    async (upn) => {
      await givenScenario(scenario);
      const list = await callApi(upn, endpoints.sensors);
      const sensorId = sensorListSchema.parse(list.body).items[0]?.id ?? 'none';
      for (const read of reads) {
        const response = await callApi(upn, read.path({ sensorId }));
        if (read.adminOnly && upn !== 'admin@contoso.com') {
          expect(response.status, `${read.name} as ${upn}`).toBe(403);
          problemSchema.parse(response.body);
          continue;
        }
        if ((read.name === 'sensor' || read.name === 'sensor history') && sensorId === 'none') {
          expect(response.status).toBe(404);
          problemSchema.parse(response.body);
          continue;
        }
        expect(response.status, `${read.name} in ${scenario}`).toBe(200);
        expect(() => read.schema.parse(response.body)).not.toThrow();
      }
    },
  );

  it('answers problem+json for every refusal', async () => {
    await givenScenario(scenario);
    for (const [upn, path, status] of [
      [null, endpoints.sensors, 401],
      ['guest@contoso.com', endpoints.sensors, 403],
      ['admin@fabrikam.com', endpoints.sensors, 404],
      ['admin@fabrikam.com', endpoints.entity(demoEntity('ron')), 404],
      ['guest@contoso.com', endpoints.entity(demoEntity('ron')), 403],
      ['viewer@contoso.com', endpoints.entity('u999999999-none'), 404],
    ] as const) {
      const response = await callApi(upn, path);
      expect(response.status).toBe(status);
      expect(response.headers.get('Content-Type')).toContain('application/problem+json');
      expect(() => problemSchema.parse(response.body)).not.toThrow();
    }
  });
});
