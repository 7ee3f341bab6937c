import { roleGroupsSectionSchema } from '../../src/api/contracts/configuration-transfer';
import { roleGroupKeySchema, type RoleGroupKey } from '../../src/api/contracts/role-groups';
import { paths } from '../../src/config/paths';
import { findRoleGroup } from '../identity/role-group-membership';
import { store } from '../store/store';
import { defineSection, type SectionContext, type SectionResource } from './section';

const groupOf = ({ caller }: SectionContext, key: RoleGroupKey) =>
  findRoleGroup(
    store.state.directory,
    caller.tenant.id,
    caller.tenantState.instance?.name ?? '',
    key,
  );

const usersOf = ({ caller }: SectionContext) =>
  store.state.directory.users.filter((u) => u.tenantId === caller.tenant.id);

/** Role group members by UPN; people this directory doesn't have are left out (with a warning). */
export const roleGroupsSection = defineSection({
  key: 'roleGroups',
  page: 'Role groups',
  href: paths.configuration.roleGroups,
  schema: roleGroupsSectionSchema,
  export: (ctx) => {
    const users = new Map(usersOf(ctx).map((u) => [u.id, u.upn]));
    const upns = (key: RoleGroupKey) =>
      (groupOf(ctx, key)?.memberIds ?? []).flatMap((id) => users.get(id) ?? []).sort();
    return {
      administrators: upns('administrators'),
      users: upns('users'),
      viewers: upns('viewers'),
    };
  },
  plan: (ctx, value) => {
    const users = usersOf(ctx);
    const byUpn = new Map(users.map((u) => [u.upn.toLowerCase(), u]));
    const warnings: string[] = [];
    const resources: SectionResource[] = [];
    const updates: { memberIds: string[]; next: string[] }[] = [];
    for (const key of roleGroupKeySchema.options) {
      const group = groupOf(ctx, key);
      if (!group) continue;
      const next: string[] = [];
      for (const upn of value[key]) {
        const user = byUpn.get(upn.toLowerCase());
        if (user) {
          if (!next.includes(user.id)) next.push(user.id);
        } else {
          warnings.push(
            `${upn} is not in ${ctx.caller.tenant.name}’s directory: not added to ${group.displayName}.`,
          );
        }
      }
      const self = ctx.caller.user;
      if (
        key === 'administrators' &&
        group.memberIds.includes(self.id) &&
        !next.includes(self.id) &&
        self.directoryRoles.length === 0
      ) {
        next.push(self.id);
        warnings.push(`You stay in ${group.displayName}: nobody can remove themselves from it.`);
      }
      const snapshot = (ids: string[]) => ({
        members: Object.fromEntries(
          ids.flatMap((id) => {
            const u = users.find((x) => x.id === id);
            return u ? [[u.upn, u.displayName]] : [];
          }),
        ),
      });
      resources.push({
        target: group.displayName,
        before: snapshot(group.memberIds),
        after: snapshot(next),
      });
      updates.push({ memberIds: group.memberIds, next });
    }
    return {
      resources,
      warnings,
      apply: () => {
        for (const { memberIds, next } of updates) memberIds.splice(0, memberIds.length, ...next);
      },
    };
  },
});
