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

/** The page a signed-in user with an instance lands on. */
export const landingPath = paths.home;
