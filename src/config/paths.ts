/**
 * Every route path of the portal, in one place. The router, links and the e2e suites import these,
 * so renaming a path breaks every caller at compile time.
 */
export const paths = {
  signedOut: '/',
  home: '/home',
  unauthorized: '/unauthorized',
  noInstance: '/welcome',
  sensors: '/configuration/sensors',
  /** Mock identity provider pages: exist in demo builds only, rendered without MSAL. */
  mockIdp: {
    authorize: '/_mock-idp/authorize',
    logout: '/_mock-idp/logout',
  },
} as const;

/** The page a signed-in user with an instance lands on. */
export const landingPath = paths.sensors;
