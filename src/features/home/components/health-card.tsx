import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { HealthBadge } from '@/components/domain/health-badge';
import { RouterLink } from '@/components/ui/router-link';
import { homeQueries } from '../api/home-queries';
import { healthSummary } from '../utils/sensor-summary';
import { HomeCard } from './home-card';

const useStyles = makeStyles({
  total: { margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  caption: {
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXS,
  },
  head: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  ok: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  okIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '20px' },
});

/** Open health issues by severity (from the sensors' health, until the Health Center's list exists). */
export function HealthCard({ healthLink }: { healthLink: string | undefined }) {
  const styles = useStyles();
  const query = useQuery(homeQueries.sensors());
  const summary = healthSummary(query.data?.items ?? []);
  return (
    <HomeCard
      title="Open health issues"
      query={query}
      action={healthLink ? <RouterLink to={healthLink}>Open the Health Center</RouterLink> : null}
    >
      {summary.openIssues === 0 ? (
        <Text className={styles.ok}>
          <CheckmarkCircleFilled className={styles.okIcon} aria-hidden />
          No open health issues.
        </Text>
      ) : (
        <>
          <Text as="p" size={400} className={styles.total}>
            <strong>{summary.openIssues}</strong> open{' '}
            {summary.openIssues === 1 ? 'issue' : 'issues'}
          </Text>
          <table className={styles.table}>
            <caption className={styles.caption}>
              By the severity of each sensor’s most severe open issue
            </caption>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  Severity
                </th>
                <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>
                  Issues
                </th>
                <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.number)}>
                  Sensors
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.bySeverity.map((row) => (
                <tr key={row.severity}>
                  <th scope="row" className={styles.cell}>
                    <HealthBadge health={row.severity} />
                  </th>
                  <td className={mergeClasses(styles.cell, styles.number)}>{row.issues}</td>
                  <td className={mergeClasses(styles.cell, styles.number)}>{row.sensors}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </HomeCard>
  );
}
