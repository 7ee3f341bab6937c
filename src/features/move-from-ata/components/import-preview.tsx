import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
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
import type { AuditValue } from '@/api/contracts/audit';
import type { ImportPreview, ImportSectionPreview } from '@/api/contracts/configuration-transfer';
import { RouterLink } from '@/components/ui/router-link';
import { formatDateTime } from '@/lib/format';
import { useCardStyles } from './styles';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  field: { width: '40%', wordBreak: 'break-word' },
  value: { wordBreak: 'break-word' },
  head: { fontWeight: tokens.fontWeightSemibold },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

function Value({ value }: { value: AuditValue }) {
  const styles = useStyles();
  if (value === null) return <span className={styles.none}>(none)</span>;
  if (typeof value === 'string') return <>{value}</>;
  if ('date' in value) return <>{formatDateTime(value.date)}</>;
  return <>Secret</>;
}

function PageChanges({ section }: { section: ImportSectionPreview }) {
  const styles = useStyles();
  const card = useCardStyles();
  const headingId = useId();
  const n = section.changes.length;
  return (
    <section className={styles.page} aria-labelledby={headingId}>
      <div className={styles.title}>
        <Text as="h4" id={headingId} size={400} weight="semibold" className={card.heading}>
          {section.page}
        </Text>
        <Text className={card.muted}>
          {n === 0 ? 'No changes' : `${n} ${n === 1 ? 'change' : 'changes'}`}
        </Text>
        <RouterLink to={section.href}>Open {section.page}</RouterLink>
      </div>
      {section.warnings.map((warning) => (
        <MessageBar key={warning} intent="warning" layout="multiline">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      ))}
      {n > 0 ? (
        <Table size="extra-small" aria-label={`Changes to ${section.page}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.field, styles.head)}>
                Setting
              </TableHeaderCell>
              <TableHeaderCell className={styles.head}>Now</TableHeaderCell>
              <TableHeaderCell className={styles.head}>After import</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {section.changes.map((change) => (
              <TableRow key={change.label}>
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
      ) : null}
    </section>
  );
}

/** What importing the file would change, page by page, with what won't be carried over. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const card = useCardStyles();
  const shown = preview.sections.filter((s) => s.changes.length > 0 || s.warnings.length > 0);
  const unchanged = preview.sections.filter(
    (s) => s.changes.length === 0 && s.warnings.length === 0,
  );
  return (
    <>
      <Text className={card.muted}>
        From <strong>{preview.source.instance || 'an unnamed instance'}</strong>, exported by{' '}
        {preview.source.exportedBy || 'someone'} on {formatDateTime(preview.source.exportedAt)}.
      </Text>
      {shown.map((section) => (
        <PageChanges key={section.key} section={section} />
      ))}
      {unchanged.length > 0 ? (
        <Text className={card.muted}>
          Already the same here: {unchanged.map((s) => s.page).join(', ')}.
        </Text>
      ) : null}
      {preview.untouched.length > 0 ? (
        <Text className={card.muted}>
          Not in the file, left as they are: {preview.untouched.map((s) => s.page).join(', ')}.
        </Text>
      ) : null}
    </>
  );
}
