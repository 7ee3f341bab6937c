/** Every backend endpoint path. The HTTP helper, the mock backend and the e2e suites share these. */
export const endpoints = {
  me: '/api/me',
  instance: '/api/instance',
  instancePlan: '/api/instance/plan',
  domainControllers: '/api/domain-controllers',
  onboarding: '/api/onboarding',
  sensors: '/api/sensors',
  sensor: (id: string) => `/api/sensors/${encodeURIComponent(id)}`,
  sensorHistory: (id: string) => `/api/sensors/${encodeURIComponent(id)}/history`,
  sensorsDelayedUpdate: '/api/sensors/delayed-update',
  healthIssues: '/api/health-issues',
  healthIssueStatus: (id: string) => `/api/health-issues/${encodeURIComponent(id)}/status`,
  config: (resource: string) => `/api/config/${encodeURIComponent(resource)}`,
  syslogTest: '/api/config/syslog/test',
  audit: '/api/audit',
  roleGroups: '/api/role-groups',
  roleGroupMembers: (group: string) => `/api/role-groups/${encodeURIComponent(group)}/members`,
  roleGroupMember: (group: string, userId: string) =>
    `/api/role-groups/${encodeURIComponent(group)}/members/${encodeURIComponent(userId)}`,
  directoryUsers: '/api/directory/users',
  defenderStatus: '/api/defender-for-endpoint/status',
  directoryServices: '/api/directory-services',
  directoryService: (id: string) => `/api/directory-services/${encodeURIComponent(id)}`,
  sensorSetup: '/api/sensor-setup',
  accessKey: '/api/access-key',
  accessKeyRegenerate: '/api/access-key/regenerate',
  /** Called by sensors (access key header), not by the portal's users. */
  sensorRegister: '/api/sensor-api/register',
  /** The OpenAPI 3.1 document of this API (served by the demo's mock backend). */
  openApi: '/api/openapi.json',
  demo: {
    state: '/api/demo/state',
    reset: '/api/demo/reset',
    faults: '/api/demo/faults',
    advance: '/api/demo/advance',
    outages: '/api/demo/outages',
    outage: (sensorId: string) => `/api/demo/outages/${encodeURIComponent(sensorId)}`,
  },
} as const;

/** Route patterns for the mock backend (MSW path syntax). */
export const endpointPatterns = {
  sensor: '/api/sensors/:sensorId',
  sensorHistory: '/api/sensors/:sensorId/history',
  healthIssueStatus: '/api/health-issues/:issueId/status',
  demoOutage: '/api/demo/outages/:sensorId',
  config: '/api/config/:resource',
  roleGroupMembers: '/api/role-groups/:role/members',
  roleGroupMember: '/api/role-groups/:role/members/:userId',
  directoryService: '/api/directory-services/:id',
} as const;
