import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { syslogQueries } from '../api/syslog-queries';
import { SyslogForm } from './syslog-form';

const useStyles = makeStyles({
  skeleton: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '960px',
  },
});

export interface SyslogPageProps {
  /** May change the settings and send test messages (`config.dataSources`). */
  canEdit: boolean;
  /** The instance's portal URL: alert links in the messages point there. */
  instanceUrl: string;
}

/** Configuration → Notifications and reports → Syslog notifications. */
export function SyslogPage({ canEdit, instanceUrl }: SyslogPageProps) {
  const styles = useStyles();
  const settings = useQuery(syslogQueries.settings());
  const sensors = useQuery(syslogQueries.sensors());

  const header = (
    <PageHeader
      title="Syslog notifications"
      description="Send security alerts and health issues to your SIEM as CEF messages over Syslog. One sensor forwards every message to one Syslog server."
    />
  );

  const failed = [settings, sensors].find((q) => q.isError && !q.isFetching);
  if (failed) {
    return (
      <>
        {header}
        <ErrorState
          error={failed.error}
          title="Syslog settings couldn’t load"
          onRetry={() => {
            void settings.refetch();
            void sensors.refetch();
          }}
        />
      </>
    );
  }
  if (!settings.data || !sensors.data) {
    return (
      <>
        {header}
        <Skeleton aria-label="Loading Syslog settings" className={styles.skeleton}>
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <SkeletonItem key={i} size={32} />
          ))}
        </Skeleton>
      </>
    );
  }
  return (
    <>
      {header}
      <SyslogForm
        canEdit={canEdit}
        sensors={sensors.data.items}
        asOf={sensors.data.asOf}
        instanceUrl={instanceUrl}
      />
    </>
  );
}
