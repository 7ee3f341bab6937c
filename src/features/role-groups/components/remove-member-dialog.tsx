import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DirectoryPerson, RoleGroup } from '@/api/contracts/role-groups';
import { ErrorState } from '@/components/errors/error-state';
import { useRemoveRoleGroupMember } from '../api/use-remove-role-group-member';
import { groupLabel } from '../utils/group-labels';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

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
  const styles = useStyles();
  const remove = useRemoveRoleGroupMember();
  const label = groupLabel[group.key];
  const confirm = () =>
    remove.mutate({ group: group.key, userId: person.id }, { onSuccess: onClose });
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            Remove {person.displayName} from {label}?
          </DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block>
              {person.displayName} ({person.upn}) leaves {group.displayName} and loses what it
              allows at their next request, without signing in again.
            </Text>
            <Text as="p" block>
              {keepsAccess
                ? 'They keep the access another role group or directory role gives them.'
                : 'They are in no other role group, so they will no longer be able to use Vigil.'}
            </Text>
            {remove.isError ? (
              <ErrorState error={remove.error} title={`${person.displayName} wasn’t removed`} />
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirm} disabledFocusable={remove.isPending}>
              {remove.isPending ? 'Removing…' : 'Remove'}
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
