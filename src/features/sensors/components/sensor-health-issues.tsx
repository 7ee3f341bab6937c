import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { HealthBadge } from '@/components/domain/health-badge';
import { ErrorState } from '@/components/errors/error-state';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { sensorQueries } from '../api/sensor-queries';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    flexWrap: 'wrap',
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The sensor's open health issues, each linking to the Health Center with the issue selected. */
export function SensorHealthIssues({ sensorId }: { sensorId: string }) {
  const styles = useStyles();
  const query = useQuery(sensorQueries.openHealthIssues());
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        title="Health issues couldn’t load"
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!query.data) return <Spinner size="tiny" label="Loading health issues" />;
  const issues = query.data.items.filter((i) => i.sensorId === sensorId);
  if (issues.length === 0) return <Text className={styles.muted}>No open health issues.</Text>;
  return (
    <ul className={styles.list}>
      {issues.map((issue) => (
        <li key={issue.id} className={styles.item}>
          <HealthBadge health={issue.severity} />
          <RouterLink to={`${paths.health}?issue=${encodeURIComponent(issue.id)}`}>
            {issue.title}
          </RouterLink>
          <Text size={200} className={styles.muted}>
            since {formatDateTime(issue.firstSeen)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
