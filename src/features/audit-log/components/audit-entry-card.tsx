import {
  Badge,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { REDACTED, type AuditEntry, type AuditValue } from '@/api/contracts/audit';
import { formatDateTime } from '@/lib/format';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  title: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  heading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  field: { width: '30%', wordBreak: 'break-word' },
  value: { wordBreak: 'break-word' },
  head: { fontWeight: tokens.fontWeightSemibold },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

const actionColor = { Created: 'success', Updated: 'brand', Deleted: 'danger' } as const;

/** A recorded value in words: "(none)" for no value, dates as everywhere else, never a secret. */
export function auditValueText(value: AuditValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if ('date' in value) return formatDateTime(value.date);
  return value.replacedAt ? `${REDACTED}, replaced ${formatDateTime(value.replacedAt)}` : REDACTED;
}

function Value({ value }: { value: AuditValue }) {
  const styles = useStyles();
  const text = auditValueText(value);
  return text === null ? <span className={styles.none}>(none)</span> : <>{text}</>;
}

/** One configuration change: what, where, who, when, and each field before → after. */
export function AuditEntryCard({ entry }: { entry: AuditEntry }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.title}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {entry.target}
        </Text>
        <Badge appearance="tint" color={actionColor[entry.action]}>
          {entry.action}
        </Badge>
      </div>
      <Text className={styles.meta}>
        {entry.page} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> ·{' '}
        {entry.actor.displayName} ({entry.actor.upn})
      </Text>
      <Table size="extra-small" aria-label={`Changes to ${entry.target}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.field, styles.head)}>
              Field
            </TableHeaderCell>
            <TableHeaderCell className={styles.head}>Before</TableHeaderCell>
            <TableHeaderCell className={styles.head}>After</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entry.changes.map((change) => (
            <TableRow key={change.field}>
              <TableCell className={styles.field}>{change.label}</TableCell>
              <TableCell className={styles.value}>
                <Value value={change.before} />
              </TableCell>
              <TableCell className={styles.value}>
                <Value value={change.after} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </article>
  );
}
