import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { PersonAddRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { DirectoryPerson, RoleGroup } from '@/api/contracts/role-groups';
import { groupLabel, groupSummary } from '../utils/group-labels';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  title: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1 },
  heading: { margin: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
  actionsCell: { width: '140px', textAlign: 'right' },
  empty: { color: tokens.colorNeutralForeground2 },
});

export interface RoleGroupCardProps {
  group: RoleGroup;
  canManage: boolean;
  /** The signed-in user: they can't remove themselves from Administrators (see the page note). */
  selfId: string;
  selfIsDirectoryAdmin: boolean;
  onAdd: () => void;
  onRemove: (person: DirectoryPerson) => void;
}

/** One role group: what it gives, its members, and (for Administrators) Add / Remove. */
export function RoleGroupCard({
  group,
  canManage,
  selfId,
  selfIsDirectoryAdmin,
  onAdd,
  onRemove,
}: RoleGroupCardProps) {
  const styles = useStyles();
  const headingId = useId();
  const label = groupLabel[group.key];
  const count = group.members.length;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.head}>
        <div className={styles.title}>
          <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
            {label}
          </Text>
          <Text className={styles.secondary}>
            {group.displayName} · {count === 1 ? '1 member' : `${count} members`}
          </Text>
          <Text>{groupSummary[group.key]}</Text>
        </div>
        {canManage ? (
          <Button
            icon={<PersonAddRegular />}
            aria-label={`Add members to ${label}`}
            onClick={onAdd}
          >
            Add members
          </Button>
        ) : null}
      </div>
      {count === 0 ? (
        <Text className={styles.empty}>No members yet.</Text>
      ) : (
        <Table aria-label={`Members of ${label}`} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>User principal name</TableHeaderCell>
              <TableHeaderCell>Job title</TableHeaderCell>
              {canManage ? (
                <TableHeaderCell className={styles.actionsCell}>Actions</TableHeaderCell>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {group.members.map((person) => {
              const isSelf = person.id === selfId;
              const locked = isSelf && group.key === 'administrators' && !selfIsDirectoryAdmin;
              return (
                <TableRow key={person.id}>
                  <TableCell>
                    {person.displayName}
                    {isSelf ? ' (you)' : ''}
                  </TableCell>
                  <TableCell>{person.upn}</TableCell>
                  <TableCell>{person.jobTitle || '—'}</TableCell>
                  {canManage ? (
                    <TableCell className={styles.actionsCell}>
                      {locked ? (
                        <Tooltip
                          relationship="description"
                          content="You can’t remove yourself from Administrators: you would lose access at once. Ask another Administrator."
                        >
                          <Button
                            size="small"
                            icon={<PersonDeleteRegular />}
                            disabledFocusable
                            aria-label={`Remove ${person.displayName} from ${label}`}
                          >
                            Remove
                          </Button>
                        </Tooltip>
                      ) : (
                        <Button
                          size="small"
                          icon={<PersonDeleteRegular />}
                          aria-label={`Remove ${person.displayName} from ${label}`}
                          onClick={() => onRemove(person)}
                        >
                          Remove
                        </Button>
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
