import { fixedUsers } from './fixed';
import type { DirectoryLayout } from './layout';
import { departments } from './names';
import { generatedManager, generatedReports } from './users';

/**
 * Managers: generated users form one tree (users.ts); each fixed user reports to the vice
 * president of their department (or the chief executive).
 */
function vicePresidentOf(layout: DirectoryLayout, department: string): number | null {
  if (layout.users.generated === 0) return null;
  const d = departments.indexOf(department as (typeof departments)[number]);
  const t = d >= 0 && d + 1 < layout.users.generated ? d + 1 : 0;
  return layout.users.fixed + t;
}

export function managerOf(layout: DirectoryLayout, user: number): number | null {
  const { fixed } = layout.users;
  const fixedUser = fixedUsers[user];
  if (user < fixed && fixedUser) return vicePresidentOf(layout, fixedUser.department);
  const manager = generatedManager(user - fixed);
  return manager === null ? null : fixed + manager;
}

/** The chain of managers, top first. */
export function managerChain(layout: DirectoryLayout, user: number): number[] {
  const chain: number[] = [];
  for (let m = managerOf(layout, user); m !== null && chain.length < 64; m = managerOf(layout, m))
    chain.unshift(m);
  return chain;
}

export function directReports(layout: DirectoryLayout, user: number): number[] {
  const { fixed, generated } = layout.users;
  if (user < fixed) return [];
  const t = user - fixed;
  const reports = generatedReports(t, generated).map((r) => fixed + r);
  const fixedReports = fixedUsers
    .map((u, i) => ({ u, i }))
    .filter(
      ({ i }) => i < fixed && vicePresidentOf(layout, fixedUsers[i]?.department ?? '') === user,
    )
    .map(({ i }) => i);
  return [...reports, ...fixedReports];
}
