import {
  Badge,
  Button,
  Input,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Exclusion } from '@/api/contracts/alerts';
import { EntityLink } from '@/components/domain/entity-link';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { expiryToIso, isoToExpiry } from '../utils/expiry';
import { isExpired, type Row } from '../utils/sections';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  removed: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  value: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  expiry: { minWidth: '190px' },
});

const PAGE = 100;

export interface RowActions {
  canEdit: boolean;
  asOf: string;
  remove: (row: Row) => void;
  undoRemove: (id: string) => void;
  setExpiry: (entry: Exclusion, expiresAt: string | null) => void;
}

function Why({ entry }: { entry: Exclusion }) {
  if (entry.fromAlertId)
    return (
      <span>
        Close and exclude on <RouterLink to={paths.alert(entry.fromAlertId)}>this alert</RouterLink>
        {entry.note ? ` — ${entry.note}` : ''}
      </span>
    );
  if (entry.builtIn) return <span>Built-in default{entry.note ? `: ${entry.note}` : ''}</span>;
  return <span>{entry.note || '—'}</span>;
}

/** A list's entries: value, who added it and why, expiry (editable), remove / undo. */
export function ExclusionRows({ rows, actions }: { rows: readonly Row[]; actions: RowActions }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const { canEdit, asOf } = actions;
  return (
    <>
      <Table size="small" className={styles.table} aria-label="Entries">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Value</TableHeaderCell>
            <TableHeaderCell>Kind</TableHeaderCell>
            <TableHeaderCell>Added</TableHeaderCell>
            <TableHeaderCell>Why</TableHeaderCell>
            <TableHeaderCell>Expires (UTC)</TableHeaderCell>
            {canEdit && <TableHeaderCell>Actions</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, shown).map((row) => {
            if (row.state === 'new') {
              const { draft } = row;
              return (
                <TableRow key={`new-${row.index}`}>
                  <TableCell>
                    <span className={styles.value}>
                      {draft.value}
                      <Badge appearance="tint" color="brand">
                        New
                      </Badge>
                    </span>
                  </TableCell>
                  <TableCell>{draft.kind}</TableCell>
                  <TableCell className={styles.muted}>When you save</TableCell>
                  <TableCell>{draft.note || '—'}</TableCell>
                  <TableCell>
                    {draft.expiresAt ? formatDateTime(draft.expiresAt) : 'Never'}
                  </TableCell>
                  {canEdit && (
                    <TableCell>
                      <Button
                        size="small"
                        icon={<DeleteRegular />}
                        aria-label={`Don’t add ${draft.value}`}
                        onClick={() => actions.remove(row)}
                      >
                        Remove
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              );
            }
            const { entry, removed, expiresAt } = row;
            const expired = isExpired(expiresAt, asOf);
            return (
              <TableRow key={entry.id} className={removed ? styles.removed : undefined}>
                <TableCell>
                  <span className={styles.value}>
                    {entry.entity ? <EntityLink entity={entry.entity} /> : entry.value}
                    {expired && (
                      <Badge appearance="tint" color="warning">
                        Expired
                      </Badge>
                    )}
                    {removed && (
                      <Badge appearance="tint" color="danger">
                        Removed when you save
                      </Badge>
                    )}
                  </span>
                </TableCell>
                <TableCell>{entry.kind}</TableCell>
                <TableCell>
                  {entry.addedBy}
                  <Text size={200} block className={styles.muted}>
                    {formatDateTime(entry.addedAt)}
                  </Text>
                </TableCell>
                <TableCell>
                  <Why entry={entry} />
                </TableCell>
                <TableCell>
                  {canEdit && !removed ? (
                    <Input
                      className={styles.expiry}
                      size="small"
                      type="datetime-local"
                      aria-label={`Expiry of ${entry.value} (UTC)`}
                      value={isoToExpiry(expiresAt)}
                      onChange={(_, data) => actions.setExpiry(entry, expiryToIso(data.value))}
                    />
                  ) : expiresAt ? (
                    `${expired ? 'Expired ' : ''}${formatDateTime(expiresAt)}`
                  ) : (
                    'Never'
                  )}
                </TableCell>
                {canEdit && (
                  <TableCell>
                    {removed ? (
                      <Button
                        size="small"
                        icon={<ArrowUndoRegular />}
                        aria-label={`Keep ${entry.value}`}
                        onClick={() => actions.undoRemove(entry.id)}
                      >
                        Keep
                      </Button>
                    ) : (
                      <Button
                        size="small"
                        icon={<DeleteRegular />}
                        aria-label={`Remove ${entry.value}`}
                        onClick={() => actions.remove(row)}
                      >
                        Remove
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {rows.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE * 5)}>
          Show more ({rows.length - shown} not shown)
        </Button>
      )}
    </>
  );
}
