import { makeStyles, Skeleton, SkeletonItem, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { UserProfile } from '@/api/contracts/entities';
import { EntityLink } from '@/components/domain/entity-link';
import { EntityName } from '@/components/domain/entity-name';
import { ErrorState } from '@/components/errors/error-state';
import { entityQueries } from '../api/entity-queries';
import { ProfileCard } from './profile-card';

const useStyles = makeStyles({
  chain: { margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyleType: 'none' },
  node: {
    position: 'relative',
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  self: { fontWeight: tokens.fontWeightSemibold },
  reports: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  subtitle: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Organizational structure: the manager chain from the top down to this user, and direct reports. */
export function OrganizationCard({
  profile,
  className,
}: {
  profile: UserProfile;
  className?: string;
}) {
  const styles = useStyles();
  const query = useQuery(entityQueries.organization(profile.id));
  const org = query.data;
  return (
    <ProfileCard
      title={`Organizational structure${org ? ` (${org.managers.length + org.directReportCount})` : ''}`}
      className={className}
    >
      {query.isError ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title="The organization could not be loaded"
        />
      ) : !org ? (
        <Skeleton aria-label="Loading organizational structure">
          <SkeletonItem size={16} />
        </Skeleton>
      ) : (
        <>
          <ol className={styles.chain} aria-label="Manager chain">
            {org.managers.map((manager) => (
              <li key={manager.id} className={styles.node}>
                <EntityLink entity={manager} icon />
              </li>
            ))}
            <li className={`${styles.node} ${styles.self}`} aria-current="true">
              <EntityName name={profile.name} />
            </li>
          </ol>
          <h3 className={styles.subtitle}>
            Direct reports ({org.directReportCount.toLocaleString('en-US')})
          </h3>
          {org.directReports.length === 0 ? (
            <Text className={styles.muted}>No direct reports.</Text>
          ) : (
            <ul className={styles.reports} aria-label="Direct reports">
              {org.directReports.map((report) => (
                <li key={report.id}>
                  <EntityLink entity={report} icon />
                </li>
              ))}
            </ul>
          )}
          {org.directReports.length < org.directReportCount && (
            <Text className={styles.muted}>
              Showing {org.directReports.length} of {org.directReportCount}.
            </Text>
          )}
        </>
      )}
    </ProfileCard>
  );
}
