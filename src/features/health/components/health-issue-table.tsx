import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HealthIssue } from '@/api/contracts/health';
import { HealthBadge } from '@/components/domain/health-badge';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { formatDateTime, formatRelativeTime } from '@/lib/format';

const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'middle',
  },
  head: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
});

export interface HealthIssueTableProps {
  issues: HealthIssue[];
  selectedId: string | null;
  asOf: string;
  onSelect: (id: string) => void;
  caption: string;
}

/** The issues of a tab; the title selects one (its details show beside the table). */
export function HealthIssueTable({
  issues,
  selectedId,
  asOf,
  onSelect,
  caption,
}: HealthIssueTableProps) {
  const styles = useStyles();
  const head = mergeClasses(styles.cell, styles.head);
  return (
    <table className={styles.table} aria-label={caption}>
      <thead>
        <tr>
          {['Issue', 'Severity', 'Scope', 'Sensor', 'First seen', 'Last seen'].map((h) => (
            <th key={h} scope="col" className={head}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => {
          const selected = issue.id === selectedId;
          return (
            <tr key={issue.id} className={selected ? styles.selected : undefined}>
              <td className={styles.cell}>
                <Link
                  as="button"
                  className={styles.title}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onSelect(issue.id)}
                >
                  {issue.title}
                </Link>
              </td>
              <td className={styles.cell}>
                <HealthBadge health={issue.severity} />
              </td>
              <td className={styles.cell}>{issue.scope}</td>
              <td className={styles.cell}>
                {issue.sensorId ? (
                  <RouterLink to={`${paths.sensors}?sensor=${encodeURIComponent(issue.sensorId)}`}>
                    {issue.sensorName ?? issue.sensorId}
                  </RouterLink>
                ) : (
                  '—'
                )}
              </td>
              <td className={styles.cell}>
                <time dateTime={issue.firstSeen} title={formatDateTime(issue.firstSeen)}>
                  {formatRelativeTime(issue.firstSeen, asOf)}
                </time>
              </td>
              <td className={styles.cell}>
                <time dateTime={issue.lastSeen} title={formatDateTime(issue.lastSeen)}>
                  {formatRelativeTime(issue.lastSeen, asOf)}
                </time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
