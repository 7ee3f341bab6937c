import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { EntityLink } from '@/components/domain/entity-link';
import { ErrorState } from '@/components/errors/error-state';
import { entityTagQueries } from '../api/entity-tag-queries';
import { countCaption } from '../utils/entity-tag-form';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  caption: { color: tokens.colorNeutralForeground3 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  count: { textAlign: 'end' },
});

/** The built-in sensitive groups (catalog §6.8), read-only, with the members each makes sensitive. */
export function BuiltInGroups() {
  const styles = useStyles();
  const query = useQuery(entityTagQueries.builtInGroups());
  const items = query.data?.items ?? [];
  return (
    <AccordionItem value="built-in">
      <AccordionHeader as="h2" size="large" id="entity-tags-built-in">
        <span className={styles.header}>
          Built-in sensitive groups
          {query.data && (
            <Text size={300} className={styles.caption}>
              {countCaption(items.length, 'group')}
            </Text>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Text>
          Members of these Active Directory groups, nested members included, are always sensitive.
          The list is fixed; tag other groups under Sensitive groups.
        </Text>
        {query.isError ? (
          <ErrorState
            error={query.error}
            title="The built-in groups couldn’t load"
            onRetry={() => void query.refetch()}
          />
        ) : !query.data ? (
          <Spinner size="small" label="Loading the built-in groups" />
        ) : (
          <Table size="small" aria-labelledby="entity-tags-built-in">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Group</TableHeaderCell>
                <TableHeaderCell>Domain</TableHeaderCell>
                <TableHeaderCell className={styles.count}>Members made sensitive</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map(({ group, sensitiveMembers }) => (
                <TableRow key={group.id}>
                  <TableCell>
                    <EntityLink entity={group} icon />
                  </TableCell>
                  <TableCell>{group.domain}</TableCell>
                  <TableCell className={styles.count}>
                    {sensitiveMembers.toLocaleString('en-US')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}
