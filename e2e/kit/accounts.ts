/**
 * The demo directory's accounts (README § Demo accounts). Fixed: outside suites rely on them.
 */
export const demoAccounts = {
  'admin@contoso.com': {
    displayName: 'Adele Vance',
    tenant: 'Contoso',
    role: 'Administrator',
    landsOn: '/home',
  },
  'analyst@contoso.com': {
    displayName: 'Megan Bowen',
    tenant: 'Contoso',
    role: 'User',
    landsOn: '/alerts',
  },
  'viewer@contoso.com': {
    displayName: 'Alex Wilber',
    tenant: 'Contoso',
    role: 'Viewer',
    landsOn: '/alerts',
  },
  'guest@contoso.com': {
    displayName: 'Lee Gu',
    tenant: 'Contoso',
    role: null,
    landsOn: '/unauthorized',
  },
  'admin@fabrikam.com': {
    displayName: 'Diego Siciliani',
    tenant: 'Fabrikam',
    role: 'Administrator',
    landsOn: '/welcome',
  },
} as const satisfies Record<
  string,
  {
    displayName: string;
    tenant: 'Contoso' | 'Fabrikam';
    /** The Vigil role the account resolves to; null: no role group (the unauthorized page). */
    role: 'Administrator' | 'User' | 'Viewer' | null;
    /** Where sign-in ends (Fabrikam's admin: until the instance is created). */
    landsOn: string;
  }
>;

/** The UPN of a demo account: `'admin@contoso.com'`, … */
export type DemoAccount = keyof typeof demoAccounts;

export const demoAccountNames = Object.keys(demoAccounts) as DemoAccount[];
