/**
 * Every route path of the portal, in one place. The router, links and the e2e suites import these,
 * so renaming a path breaks every caller at compile time.
 */
const configuration = {
  root: '/configuration',
  sensors: '/configuration/sensors',
  updates: '/configuration/updates',
  directoryServices: '/configuration/directory-services',
  vpn: '/configuration/vpn',
  defenderForEndpoint: '/configuration/defender-for-endpoint',
  entityTags: '/configuration/entity-tags',
  exclusions: '/configuration/exclusions',
  notifications: '/configuration/notifications',
  syslog: '/configuration/syslog',
  scheduledReports: '/configuration/scheduled-reports',
  previewDetections: '/configuration/preview-detections',
  roleGroups: '/configuration/role-groups',
  auditLog: '/configuration/audit-log',
  /** Moving in from ATA: what to collect, the steps, the checklist; export / import configuration. */
  moveFromAta: '/configuration/move-from-ata',
  deleteInstance: '/configuration/delete-instance',
} as const;

export const paths = {
  signedOut: '/',
  home: '/home',
  unauthorized: '/unauthorized',
  noInstance: '/welcome',
  health: '/health',
  /** The security alerts timeline: `?filter=<AlertFilter>` (default Open). */
  alerts: '/alerts',
  alert: (id: string) => `/alerts/${encodeURIComponent(id)}`,
  /** Reports: each report's range is `?<report>.from=&<report>.to=` (YYYY-MM-DD). */
  reports: '/reports',
  /** Demo builds only: what the service sent (emails, Syslog messages), Demo menu → Outbox. */
  outbox: '/demo/outbox',
  /** Search results: `?q=<query>&filter=<SearchFilter>`. */
  search: '/search',
  /** Entity profiles; the tab is a path segment (`activities`, `directory-data`, …). */
  user: (id: string) => `/users/${encodeURIComponent(id)}`,
  computer: (id: string) => `/computers/${encodeURIComponent(id)}`,
  group: (id: string) => `/groups/${encodeURIComponent(id)}`,
  configuration,
  /** Kept as a short alias: the Sensors page is Configuration → System → Sensors. */
  sensors: configuration.sensors,
  /** Mock identity provider pages: exist in demo builds only, rendered without MSAL. */
  mockIdp: {
    authorize: '/_mock-idp/authorize',
    logout: '/_mock-idp/logout',
  },
} as const;

/**
 * Where sign-in lands, by role: SOC analysts (Users) and Viewers on the security alerts timeline,
 * the analyst's home (catalog §4.1); Administrators on Home, which also shows setup and health.
 */
export function landingPathFor(role: 'Administrator' | 'User' | 'Viewer' | null): string {
  return role === 'User' || role === 'Viewer' ? paths.alerts : paths.home;
}
