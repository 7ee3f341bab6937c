/** Every backend endpoint path. The HTTP helper, the mock backend and the e2e suites share these. */
export const endpoints = {
  me: '/api/me',
  instance: '/api/instance',
  instancePlan: '/api/instance/plan',
  domainControllers: '/api/domain-controllers',
  onboarding: '/api/onboarding',
  sensors: '/api/sensors',
  sensor: (id: string) => `/api/sensors/${encodeURIComponent(id)}`,
  config: (resource: string) => `/api/config/${encodeURIComponent(resource)}`,
  syslogTest: '/api/config/syslog/test',
  audit: '/api/audit',
  roleGroups: '/api/role-groups',
  roleGroupMembers: (group: string) => `/api/role-groups/${encodeURIComponent(group)}/members`,
  roleGroupMember: (group: string, userId: string) =>
    `/api/role-groups/${encodeURIComponent(group)}/members/${encodeURIComponent(userId)}`,
  directoryUsers: '/api/directory/users',
  defenderStatus: '/api/defender-for-endpoint/status',
  demo: {
    state: '/api/demo/state',
    reset: '/api/demo/reset',
    faults: '/api/demo/faults',
    advance: '/api/demo/advance',
  },
} as const;

/** Route patterns for the mock backend (MSW path syntax). */
export const endpointPatterns = {
  sensor: '/api/sensors/:sensorId',
  config: '/api/config/:resource',
  roleGroupMembers: '/api/role-groups/:role/members',
  roleGroupMember: '/api/role-groups/:role/members/:userId',
} as const;
