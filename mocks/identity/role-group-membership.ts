import type { DirectoryPerson, RoleGroupKey } from '../../src/api/contracts/role-groups';
import { roleOfGroup } from '../../src/api/contracts/role-groups';
import {
  roleGroupNames,
  type Directory,
  type DirectoryGroup,
  type DirectoryUser,
} from './directory';

/** The instance's role group behind a URL key, in the caller's tenant. */
export function findRoleGroup(
  directory: Directory,
  tenantId: string,
  instanceName: string,
  key: RoleGroupKey,
): DirectoryGroup | undefined {
  const displayName = roleGroupNames(instanceName)[roleOfGroup[key]];
  return directory.groups.find((g) => g.tenantId === tenantId && g.displayName === displayName);
}

export function toPerson(user: DirectoryUser): DirectoryPerson {
  return { id: user.id, displayName: user.displayName, upn: user.upn, jobTitle: user.jobTitle };
}

/** The members of a group as people, sorted by name; ids no longer in the directory are skipped. */
export function membersOf(
  directory: Directory,
  group: DirectoryGroup | undefined,
): DirectoryPerson[] {
  if (!group) return [];
  return group.memberIds
    .map((id) => directory.users.find((u) => u.id === id && u.tenantId === group.tenantId))
    .filter((u): u is DirectoryUser => u !== undefined)
    .map(toPerson)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Global and Security Administrators of a tenant: Administrators of its instance implicitly. */
export function directoryAdminsOf(directory: Directory, tenantId: string) {
  return directory.users
    .filter((u) => u.tenantId === tenantId)
    .flatMap((u) => {
      const role = u.directoryRoles.find(
        (r) => r === 'Global Administrator' || r === 'Security Administrator',
      );
      return role ? [{ ...toPerson(u), directoryRole: role }] : [];
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}
