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
  audit: '/api/audit',
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
} as const;
