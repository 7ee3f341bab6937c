import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  SearchBox,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { RoleGroup } from '@/api/contracts/role-groups';
import { ErrorState } from '@/components/errors/error-state';
import { roleGroupQueries } from '../api/role-group-queries';
import { useAddRoleGroupMember } from '../api/use-add-role-group-member';
import { groupLabel } from '../utils/group-labels';
import { PersonText } from './person-text';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  results: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '320px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  result: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottom: 'none' },
  },
  grow: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * Adds people of the tenant's directory to a role group: search by name, UPN or job title (only
 * the caller's tenant, members left out), then Add. Stays open to add several.
 */
export function AddMembersDialog({
  group,
  tenantName,
  onClose,
}: {
  group: RoleGroup;
  tenantName: string;
  onClose: () => void;
}) {
  const styles = useStyles();
  const [search, setSearch] = useState('');
  const [deferred, setDeferred] = useState('');
  // Search once typing pauses, not at every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setDeferred(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const results = useQuery(roleGroupQueries.directorySearch(group.key, deferred));
  const add = useAddRoleGroupMember();
  const [added, setAdded] = useState<string[]>([]);
  const label = groupLabel[group.key];

  const addPerson = (id: string, name: string) =>
    add.mutate(
      { group: group.key, userId: id },
      { onSuccess: () => setAdded((a) => [...a, name]) },
    );

  const items = results.data?.items ?? [];
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Add members to {label}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block>
              People you add to {group.displayName} get the {label} role at their next request.
            </Text>
            <Field
              label={`Search people in ${tenantName}`}
              hint="Name, user principal name or job title"
            >
              <SearchBox
                value={search}
                onChange={(_, data) => setSearch(data.value)}
                autoComplete="off"
              />
            </Field>
            {results.isError ? (
              <ErrorState
                error={results.error}
                title="The directory couldn’t be searched"
                onRetry={() => void results.refetch()}
              />
            ) : results.isPending ? (
              <Spinner size="small" label="Searching the directory…" />
            ) : items.length === 0 ? (
              <Text className={styles.hint}>
                No one in {tenantName} matches{deferred ? ` “${deferred}”` : ''} who isn’t a member
                of {label} already.
              </Text>
            ) : (
              <ul className={styles.results} aria-label="People found">
                {items.map((person) => (
                  <li key={person.id} className={styles.result}>
                    <PersonText person={person} className={styles.grow} />
                    <Button
                      size="small"
                      aria-label={`Add ${person.displayName}`}
                      disabledFocusable={add.isPending}
                      onClick={() => addPerson(person.id, person.displayName)}
                    >
                      Add
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            {results.data?.truncated ? (
              <Text className={styles.hint}>
                Showing the first {items.length} matches. Type more of a name to narrow the search.
              </Text>
            ) : null}
            {add.isError ? <ErrorState error={add.error} title="That person wasn’t added" /> : null}
            <div role="status" aria-live="polite">
              {added.length > 0 ? `Added to ${label}: ${added.join(', ')}.` : ''}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Done
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
