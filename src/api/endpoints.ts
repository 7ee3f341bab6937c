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
  entitySearch: '/api/entities/search',
  entity: (id: string) => `/api/entities/${encodeURIComponent(id)}`,
  entityMemberOf: (id: string) => `/api/entities/${encodeURIComponent(id)}/member-of`,
  entityMembers: (id: string) => `/api/entities/${encodeURIComponent(id)}/members`,
  entityOrganization: (id: string) => `/api/entities/${encodeURIComponent(id)}/organization`,
  entityActivities: (id: string) => `/api/entities/${encodeURIComponent(id)}/activities`,
  entityActivitySummary: (id: string) => `/api/entities/${encodeURIComponent(id)}/activity-summary`,
  entityActivitiesExport: (id: string) =>
    `/api/entities/${encodeURIComponent(id)}/activities/export`,
  entityLateralMovementPaths: (id: string) =>
    `/api/entities/${encodeURIComponent(id)}/lateral-movement-paths`,
  /** The paths tab's "Download report" workbook (.xlsx, catalog §7.1–7.2). */
  entityLateralMovementReport: (id: string) =>
    `/api/entities/${encodeURIComponent(id)}/lateral-movement-paths/report`,
  alerts: '/api/alerts',
  alert: (id: string) => `/api/alerts/${encodeURIComponent(id)}`,
  alertStatus: (id: string) => `/api/alerts/${encodeURIComponent(id)}/status`,
  /** The alert's "Download details" workbook (.xlsx, catalog §4.4). */
  alertWorkbook: (id: string) => `/api/alerts/${encodeURIComponent(id)}/workbook`,
  exclusions: '/api/exclusions',
  configurationExport: '/api/configuration/export',
  configurationImportPreview: '/api/configuration/import/preview',
  configurationImport: '/api/configuration/import',
  moveFromAtaChecklist: '/api/move-from-ata/checklist',
  /** Entity tags: the built-in sensitive groups (read-only) and pasted lines resolved. */
  entityTagsBuiltInGroups: '/api/entity-tags/built-in-groups',
  entityTagsResolve: '/api/entity-tags/resolve',
  /** How many of the last 30 days' alerts a change of the exclusions would have excluded. */
  exclusionsImpact: '/api/exclusions/impact',
  /** Checks pasted or uploaded lines (CSV) for one exclusion list: entries and bad lines. */
  exclusionsParse: '/api/exclusions/parse',
  /** The Reports page: which reports hold data in a range (`?from=&to=`). */
  reports: '/api/reports',
  /** One report's workbook (.xlsx, catalog §7.1) for `?from=&to=`. */
  report: (id: string) => `/api/reports/${encodeURIComponent(id)}`,
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
    /** A signed-in user's simulation: an account signs in from a computer (honeytokens raise 2014). */
    honeytokenSignIn: '/api/demo/honeytoken-sign-in',
    outbox: '/api/demo/outbox',
    outboxAttachment: (id: string) => `/api/demo/outbox/${encodeURIComponent(id)}/attachment`,
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
  alert: '/api/alerts/:alertId',
  alertStatus: '/api/alerts/:alertId/status',
  alertWorkbook: '/api/alerts/:alertId/workbook',
  outboxAttachment: '/api/demo/outbox/:messageId/attachment',
  report: '/api/reports/:reportId',
  entity: '/api/entities/:entityId',
  entityMemberOf: '/api/entities/:entityId/member-of',
  entityMembers: '/api/entities/:entityId/members',
  entityOrganization: '/api/entities/:entityId/organization',
  entityActivities: '/api/entities/:entityId/activities',
  entityActivitySummary: '/api/entities/:entityId/activity-summary',
  entityActivitiesExport: '/api/entities/:entityId/activities/export',
  entityLateralMovementPaths: '/api/entities/:entityId/lateral-movement-paths',
  entityLateralMovementReport: '/api/entities/:entityId/lateral-movement-paths/report',
} as const;
