import type { Role } from '../../src/api/contracts/vocabulary';
import type { Instance } from '../../src/api/contracts/me';
import { roleGroupNames, type Directory, type DirectoryUser } from './directory';

export interface ResolvedRole {
  role: Role | null;
  /** Why: a directory role, or the role group's name. */
  source: string | null;
}

const precedence: Role[] = ['Administrator', 'User', 'Viewer'];

/**
 * Resolves the caller's role from the directory on every request, so a membership change applies
 * at the member's next request. Global and Security Administrators are implicitly Administrators.
 */
export function resolveRole(
  directory: Directory,
  user: DirectoryUser,
  instance: Instance | null,
): ResolvedRole {
  const adminRole = user.directoryRoles.find(
    (r) => r === 'Global Administrator' || r === 'Security Administrator',
  );
  if (adminRole) return { role: 'Administrator', source: adminRole };
  if (!instance) return { role: null, source: null };
  const names = roleGroupNames(instance.name);
  for (const role of precedence) {
    const group = directory.groups.find(
      (g) => g.tenantId === user.tenantId && g.displayName === names[role],
    );
    if (group?.memberIds.includes(user.id)) return { role, source: group.displayName };
  }
  return { role: null, source: null };
}
