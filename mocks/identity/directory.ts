/**
 * The mock Entra ID directory: tenants, users, groups and directory roles. The demo accounts are
 * fixed (README § Demo accounts) because outside Playwright suites rely on them.
 */
export type DirectoryRole = 'Global Administrator' | 'Security Administrator';

/** Entra ID role template ids, carried in the `wids` claim. */
export const directoryRoleTemplateIds: Record<DirectoryRole, string> = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
};

export interface DirectoryTenant {
  id: string;
  name: string;
  initialDomain: string;
  /** ISO 3166 country code; decides the data region of a new instance. */
  country: string;
}

export interface DirectoryUser {
  id: string;
  tenantId: string;
  upn: string;
  displayName: string;
  jobTitle: string;
  directoryRoles: DirectoryRole[];
  /** Listed on the mock sign-in page. */
  demoAccount: boolean;
}

export interface DirectoryGroup {
  id: string;
  tenantId: string;
  displayName: string;
  memberIds: string[];
}

export interface Directory {
  tenants: DirectoryTenant[];
  users: DirectoryUser[];
  groups: DirectoryGroup[];
}

export const tenantIds = {
  contoso: '4d2a1c3e-8b5f-4e7a-9c1d-2f3e4a5b6c7d',
  fabrikam: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
} as const;

const contosoUser = (
  n: number,
  upnLocal: string,
  displayName: string,
  jobTitle: string,
  directoryRoles: DirectoryRole[] = [],
  demoAccount = false,
): DirectoryUser => ({
  id: `c0a80000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
  tenantId: tenantIds.contoso,
  upn: `${upnLocal}@contoso.com`,
  displayName,
  jobTitle,
  directoryRoles,
  demoAccount,
});

export const demoUserIds = {
  admin: contosoUser(1, 'admin', '', '').id,
  analyst: contosoUser(2, 'analyst', '', '').id,
  viewer: contosoUser(3, 'viewer', '', '').id,
  guest: contosoUser(4, 'guest', '', '').id,
  fabrikamAdmin: 'f0b00000-0000-4000-8000-000000000001',
} as const;

export function roleGroupNames(instanceName: string) {
  return {
    Administrator: `Vigil ${instanceName} Administrators`,
    User: `Vigil ${instanceName} Users`,
    Viewer: `Vigil ${instanceName} Viewers`,
  } as const;
}

/** The directory every scenario starts from. Role groups are created with the instance. */
export function seedDirectory(): Directory {
  return {
    tenants: [
      { id: tenantIds.contoso, name: 'Contoso', initialDomain: 'contoso.com', country: 'US' },
      { id: tenantIds.fabrikam, name: 'Fabrikam', initialDomain: 'fabrikam.com', country: 'GB' },
    ],
    users: [
      contosoUser(
        1,
        'admin',
        'Adele Vance',
        'Security Administrator',
        ['Global Administrator'],
        true,
      ),
      contosoUser(2, 'analyst', 'Megan Bowen', 'SOC Analyst', [], true),
      contosoUser(3, 'viewer', 'Alex Wilber', 'IT Auditor', [], true),
      contosoUser(4, 'guest', 'Lee Gu', 'Marketing Specialist', [], true),
      contosoUser(5, 'isaiah.langer', 'Isaiah Langer', 'Sales Representative'),
      contosoUser(6, 'johanna.lorenz', 'Johanna Lorenz', 'Senior Engineer'),
      contosoUser(7, 'lidia.holloway', 'Lidia Holloway', 'Product Manager'),
      contosoUser(8, 'lynne.robbins', 'Lynne Robbins', 'Planner'),
      contosoUser(9, 'nestor.wilke', 'Nestor Wilke', 'Director of Operations'),
      contosoUser(10, 'patti.fernandez', 'Patti Fernandez', 'President'),
      contosoUser(11, 'pradeep.gupta', 'Pradeep Gupta', 'Accountant'),
      contosoUser(12, 'grady.archie', 'Grady Archie', 'Designer'),
      {
        id: demoUserIds.fabrikamAdmin,
        tenantId: tenantIds.fabrikam,
        upn: 'admin@fabrikam.com',
        displayName: 'Diego Siciliani',
        jobTitle: 'IT Director',
        directoryRoles: ['Global Administrator'],
        demoAccount: true,
      },
      {
        id: 'f0b00000-0000-4000-8000-000000000002',
        tenantId: tenantIds.fabrikam,
        upn: 'miriam.graham@fabrikam.com',
        displayName: 'Miriam Graham',
        jobTitle: 'Director',
        directoryRoles: [],
        demoAccount: false,
      },
    ],
    groups: [],
  };
}

/** Creates the instance's three role groups (idempotent). Contoso's analyst and viewer are seeded. */
export function createRoleGroups(directory: Directory, tenantId: string, instanceName: string) {
  const names = roleGroupNames(instanceName);
  for (const [role, displayName] of Object.entries(names)) {
    if (directory.groups.some((g) => g.tenantId === tenantId && g.displayName === displayName)) {
      continue;
    }
    directory.groups.push({
      id: `${tenantId.slice(0, 8)}-group-${role.toLowerCase()}`,
      tenantId,
      displayName,
      memberIds: [],
    });
  }
}

export function removeRoleGroups(directory: Directory, tenantId: string, instanceName: string) {
  const names = Object.values(roleGroupNames(instanceName)) as string[];
  directory.groups = directory.groups.filter(
    (g) => !(g.tenantId === tenantId && names.includes(g.displayName)),
  );
}
