import { makeStyles, Skeleton, SkeletonItem, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Me } from '@/api/contracts/me';
import type { DirectoryPerson, RoleGroup, RoleGroupList } from '@/api/contracts/role-groups';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { roleGroupQueries } from '../api/role-group-queries';
import { AddMembersDialog } from './add-members-dialog';
import { DirectoryAdminsNote } from './directory-admins-note';
import { PermissionMatrixTable } from './permission-matrix-table';
import { RemoveMemberDialog } from './remove-member-dialog';
import { RoleGroupCard } from './role-group-card';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    maxWidth: '1200px',
    paddingBottom: tokens.spacingVerticalXXL,
  },
  note: { color: tokens.colorNeutralForeground2 },
  skeleton: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** Does `person` keep some access after leaving `group`? */
function keepsAccess(list: RoleGroupList, group: RoleGroup, person: DirectoryPerson) {
  return (
    list.directoryAdmins.some((a) => a.id === person.id) ||
    list.groups.some((g) => g.key !== group.key && g.members.some((m) => m.id === person.id))
  );
}

/**
 * Configuration → Admin → Role groups: the instance's three role groups with their members, who
 * is an Administrator implicitly, and the permission matrix. Administrators add and remove members;
 * a change applies at the member's next request.
 */
export function RoleGroupsPage({ me, canManage }: { me: Me; canManage: boolean }) {
  const styles = useStyles();
  const query = useQuery(roleGroupQueries.list());
  const [adding, setAdding] = useState<RoleGroup | null>(null);
  const [removing, setRemoving] = useState<{ group: RoleGroup; person: DirectoryPerson } | null>(
    null,
  );
  const tenantName = me.tenant.name;

  return (
    <div className={styles.root}>
      <PageHeader
        title="Role groups"
        description={`Who can use ${me.instance?.name ?? 'this instance'}, and what each role group allows. A membership change applies at the member’s next request — they don’t need to sign in again.`}
      />
      {!canManage ? (
        <Text role="note" className={styles.note}>
          You can see the role groups but not change them. Only Administrators — members of the
          Administrators group, and Global or Security Administrators of {tenantName} — can add or
          remove members.
        </Text>
      ) : null}
      {query.data ? (
        <>
          <DirectoryAdminsNote admins={query.data.directoryAdmins} tenantName={tenantName} />
          {query.data.groups.map((group) => (
            <RoleGroupCard
              key={group.key}
              group={group}
              canManage={canManage}
              selfId={me.user.id}
              selfIsDirectoryAdmin={me.isDirectoryAdmin}
              onAdd={() => setAdding(group)}
              onRemove={(person) => setRemoving({ group, person })}
            />
          ))}
        </>
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          title="Role groups couldn’t load"
          onRetry={() => void query.refetch()}
        />
      ) : (
        <Skeleton aria-label="Loading role groups" className={styles.skeleton}>
          <SkeletonItem size={48} />
          <SkeletonItem size={128} />
          <SkeletonItem size={128} />
          <SkeletonItem size={128} />
        </Skeleton>
      )}
      <PermissionMatrixTable />
      {adding ? (
        <AddMembersDialog group={adding} tenantName={tenantName} onClose={() => setAdding(null)} />
      ) : null}
      {removing && query.data ? (
        <RemoveMemberDialog
          group={removing.group}
          person={removing.person}
          keepsAccess={keepsAccess(query.data, removing.group, removing.person)}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
