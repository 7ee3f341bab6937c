import { HttpResponse } from 'msw';
import {
  addRoleGroupMemberSchema,
  DIRECTORY_SEARCH_LIMIT,
  directoryPersonSchema,
  directoryUserListSchema,
  directoryUserQuerySchema,
  roleGroupKeySchema,
  roleGroupListSchema,
  type DirectoryUserList,
  type RoleGroupList,
} from '../../src/api/contracts/role-groups';
import { roleOfGroup } from '../../src/api/contracts/role-groups';
import { endpointPatterns, endpoints } from '../../src/api/endpoints';
import { roleGroupNames } from '../identity/directory';
import {
  directoryAdminsOf,
  findRoleGroup,
  membersOf,
  toPerson,
} from '../identity/role-group-membership';
import { store } from '../store/store';
import { apiRoute, type Caller, type RouteContext } from './api-route';
import { problem } from './problem';

/** The group named by the `:role` URL segment, in the caller's tenant (undefined: 404). */
function groupOf(caller: Caller, role: unknown) {
  const key = roleGroupKeySchema.safeParse(role);
  const instance = caller.tenantState.instance;
  if (!key.success || !instance) return undefined;
  return findRoleGroup(store.state.directory, caller.tenant.id, instance.name, key.data);
}

/** What the audit log shows of a group: its members, by UPN. */
const membership = {
  page: 'Role groups',
  target: ({ caller, params }: RouteContext<unknown>) =>
    groupOf(caller, params.role)?.displayName ?? String(params.role),
  snapshot: ({ caller, params }: RouteContext<unknown>) => {
    const group = groupOf(caller, params.role);
    if (!group) return null;
    const members = membersOf(store.state.directory, group);
    return { members: Object.fromEntries(members.map((m) => [m.upn, m.displayName])) };
  },
};

const groupNotFound = () => problem(404, 'No such role group', { code: 'role-group-not-found' });
const userNotFound = () =>
  problem(404, 'No such person in your directory', { code: 'user-not-found' });

export const roleGroupHandlers = [
  apiRoute(
    'get',
    endpoints.roleGroups,
    {
      summary: 'List the role groups, their members and the directory administrators',
      response: roleGroupListSchema,
    },
    ({ caller }) => {
      const { directory } = store.state;
      const names = roleGroupNames(caller.tenantState.instance?.name ?? '');
      const body: RoleGroupList = {
        groups: roleGroupKeySchema.options.map((key) => {
          const group = groupOf(caller, key);
          return {
            key,
            role: roleOfGroup[key],
            displayName: group?.displayName ?? names[roleOfGroup[key]],
            members: membersOf(directory, group),
          };
        }),
        directoryAdmins: directoryAdminsOf(directory, caller.tenant.id),
      };
      return HttpResponse.json(body);
    },
  ),

  apiRoute(
    'post',
    endpointPatterns.roleGroupMembers,
    {
      summary: 'Add a person of the directory to a role group',
      permission: 'roleGroups.manage',
      body: addRoleGroupMemberSchema,
      response: { status: 201, schema: directoryPersonSchema },
      errors: {
        404: 'No such role group (`code`: `role-group-not-found`), or no such person in the directory (`code`: `user-not-found`).',
      },
      audit: membership,
    },
    ({ caller, params, body }) => {
      const group = groupOf(caller, params.role);
      if (!group) return groupNotFound();
      const user = store.state.directory.users.find(
        (u) => u.id === body.userId && u.tenantId === caller.tenant.id,
      );
      if (!user) return userNotFound();
      if (!group.memberIds.includes(user.id)) group.memberIds.push(user.id);
      return HttpResponse.json(toPerson(user), { status: 201 });
    },
  ),

  apiRoute(
    'delete',
    endpointPatterns.roleGroupMember,
    {
      summary: 'Remove a member from a role group',
      permission: 'roleGroups.manage',
      response: { status: 204 },
      errors: {
        404: 'No such role group (`code`: `role-group-not-found`), or the person is not a member (`code`: `user-not-found`).',
        409: 'Administrators can’t remove themselves from the Administrators group (`code`: `self-lockout`).',
      },
      audit: membership,
    },
    ({ caller, params }) => {
      const group = groupOf(caller, params.role);
      if (!group) return groupNotFound();
      const userId = String(params.userId);
      if (!group.memberIds.includes(userId)) return userNotFound();
      const isAdministrators = group.displayName.endsWith(' Administrators');
      const isDirectoryAdmin = caller.user.directoryRoles.length > 0;
      // Nobody locks themselves out: an Administrator by membership can't leave Administrators
      // (another Administrator can remove them). Directory admins are Administrators anyway.
      if (isAdministrators && userId === caller.user.id && !isDirectoryAdmin) {
        return problem(409, 'You can’t remove yourself from Administrators', {
          code: 'self-lockout',
          detail:
            'You would lose the right to manage role groups at once. Ask another Administrator, or a Global or Security Administrator, to remove you.',
        });
      }
      group.memberIds = group.memberIds.filter((id) => id !== userId);
      return new HttpResponse(null, { status: 204 });
    },
  ),

  apiRoute(
    'get',
    endpoints.directoryUsers,
    {
      summary: 'Search the people of the directory (for adding to a role group)',
      permission: 'roleGroups.manage',
      query: directoryUserQuerySchema,
      response: directoryUserListSchema,
    },
    ({ caller, query }) => {
      const { directory } = store.state;
      const needle = query.search?.trim().toLowerCase() ?? '';
      const excluded = new Set(query.notIn ? (groupOf(caller, query.notIn)?.memberIds ?? []) : []);
      const matches = directory.users
        .filter((u) => u.tenantId === caller.tenant.id && !excluded.has(u.id))
        .filter(
          (u) =>
            !needle ||
            [u.displayName, u.upn, u.jobTitle].some((t) => t.toLowerCase().includes(needle)),
        )
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
      const body: DirectoryUserList = {
        items: matches.slice(0, DIRECTORY_SEARCH_LIMIT).map(toPerson),
        truncated: matches.length > DIRECTORY_SEARCH_LIMIT,
      };
      return HttpResponse.json(body);
    },
  ),
];
