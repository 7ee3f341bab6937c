import { hash, unit } from '../hash';
import { codeOf, COMPUTER, GROUP, USER } from '../directory/codes';
import type { DirectoryLayout } from '../directory/layout';

/**
 * Who is in each computer's local Administrators group, as the sensors read it over SAM-R
 * (catalog §6.20). Domain controllers have none (SAM-R is not queried there); the fixed demo
 * computers have the assignments below; a generated server has a generated group with a 50 %
 * chance and a generated user with 30 %; a workstation has a support technician with 20 %.
 * Computed from the computer's index alone, like every generated fact.
 */
// prettier-ignore
export const fixedLocalAdmins: readonly { computer: string; users?: string[]; groups?: string[] }[] = [
  { computer: 'ADFS01', groups: ['Helpdesk'] },
  { computer: 'KIOSK07', users: ['locked'] },
  { computer: 'STANDALONE01', users: ['new'] },
];

const SERVER_GROUP_SHARE = 0.5;
const SERVER_USER_SHARE = 0.3;
const WORKSTATION_USER_SHARE = 0.2;

const fixedCache = new WeakMap<DirectoryLayout, Map<number, number[]>>();

function fixedAdmins(layout: DirectoryLayout): Map<number, number[]> {
  let map = fixedCache.get(layout);
  if (map) return map;
  map = new Map();
  for (const entry of fixedLocalAdmins) {
    const computer = layout.computerIndexByKey.get(entry.computer);
    if (computer === undefined) continue;
    const codes: number[] = [];
    for (const key of entry.users ?? []) {
      const user = layout.userIndexByKey.get(key);
      if (user !== undefined) codes.push(codeOf(USER, user));
    }
    for (const key of entry.groups ?? []) {
      const group = layout.groupIndexByKey.get(key);
      if (group !== undefined) codes.push(codeOf(GROUP, group));
    }
    map.set(computer, codes);
  }
  fixedCache.set(layout, map);
  return map;
}

/** The members (codes of users and groups) of computer `computer`'s local Administrators group. */
export function localAdminsOf(layout: DirectoryLayout, computer: number): readonly number[] {
  const { computers, users, groups, seed } = layout;
  if (computer < computers.dcs) return [];
  if (computer < computers.fixedEnd) return fixedAdmins(layout).get(computer) ?? [];
  const admins: number[] = [];
  const server = computer < computers.serverEnd;
  const pickUser = () =>
    codeOf(USER, users.fixed + (hash(seed, 'local-admin-user', computer) % users.generated));
  if (users.generated > 0) {
    if (
      server &&
      groups.generated > 0 &&
      unit(seed, 'local-admin-group', computer) < SERVER_GROUP_SHARE
    )
      admins.push(
        codeOf(
          GROUP,
          groups.fixedEnd + (hash(seed, 'local-admin-group-at', computer) % groups.generated),
        ),
      );
    const share = server ? SERVER_USER_SHARE : WORKSTATION_USER_SHARE;
    if (unit(seed, 'local-admin-has-user', computer) < share) admins.push(pickUser());
  }
  return admins;
}

export const computerCode = (computer: number) => codeOf(COMPUTER, computer);
