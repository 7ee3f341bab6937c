import { hash } from '../hash';
import type { DirectoryLayout } from './layout';

/**
 * Each user has a primary workstation (CLIENTn): generated user t uses workstation t mod W, so the
 * users of a workstation are found arithmetically too. Fixed users get one by hash.
 */
export function primaryWorkstation(layout: DirectoryLayout, user: number): number {
  const { serverEnd, count } = layout.computers;
  const workstations = count - serverEnd;
  const { fixed } = layout.users;
  const slot = user < fixed ? hash(layout.seed, 'fixed-workstation', user) : user - fixed;
  return serverEnd + (slot % workstations);
}

/** Users whose primary workstation is `computer` (at most `limit`). */
export function usersOfWorkstation(layout: DirectoryLayout, computer: number, limit = 8): number[] {
  const { serverEnd, count } = layout.computers;
  if (computer < serverEnd) return [];
  const workstations = count - serverEnd;
  const users: number[] = [];
  for (
    let t = computer - serverEnd;
    t < layout.users.generated && users.length < limit;
    t += workstations
  )
    users.push(layout.users.fixed + t);
  return users;
}
