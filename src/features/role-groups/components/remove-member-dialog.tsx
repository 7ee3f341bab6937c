import { Text } from '@fluentui/react-components';
import type { DirectoryPerson, RoleGroup } from '@/api/contracts/role-groups';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useRemoveRoleGroupMember } from '../api/use-remove-role-group-member';
import { groupLabel } from '../utils/group-labels';

/**
 * Asks before removing `person` from `group`. `keepsAccess` says whether another group or a
 * directory role still lets them in, so the consequence is stated plainly.
 */
export function RemoveMemberDialog({
  group,
  person,
  keepsAccess,
  onClose,
}: {
  group: RoleGroup;
  person: DirectoryPerson;
  keepsAccess: boolean;
  onClose: () => void;
}) {
  const remove = useRemoveRoleGroupMember();
  return (
    <ConfirmDialog
      title={`Remove ${person.displayName} from ${groupLabel[group.key]}?`}
      confirmLabel="Remove"
      pendingLabel="Removing…"
      pending={remove.isPending}
      error={remove.error}
      errorTitle={`${person.displayName} wasn’t removed`}
      onConfirm={() =>
        remove.mutate({ group: group.key, userId: person.id }, { onSuccess: onClose })
      }
      onCancel={onClose}
    >
      <Text as="p" block>
        {person.displayName} ({person.upn}) leaves {group.displayName} and loses what it allows at
        their next request, without signing in again.
      </Text>
      <Text as="p" block>
        {keepsAccess
          ? 'They keep the access another role group or directory role gives them.'
          : 'They are in no other role group, so they will no longer be able to use Vigil.'}
      </Text>
    </ConfirmDialog>
  );
}
