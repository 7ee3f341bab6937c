import { makeStyles, Skeleton, SkeletonItem, Text, tokens } from '@fluentui/react-components';
import { MailInboxRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { outboxChannelSchema, type OutboxChannel } from '@/api/contracts/outbox';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { TabList } from '@/components/ui/tab-list';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { useSearchParamState } from '@/lib/url-state';
import { outboxQueries } from '../api/outbox-queries';
import { OutboxTable } from './outbox-table';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  count: { color: tokens.colorNeutralForeground2 },
  links: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  skeleton: { height: '40px', width: '100%', marginBottom: tokens.spacingVerticalS },
});

const ALL = 'all';
/** Not Fluent's TabList: its arrow-key mover puts `aria-hidden` focus sentinels in the list. */
const channelTabs = [
  { value: ALL, label: 'All' },
  { value: 'Email', label: 'Email' },
  { value: 'Syslog', label: 'Syslog' },
] as const;

/** Demo → Outbox: what the service sent, refreshed as simulated time passes. */
export function OutboxPage() {
  const styles = useStyles();
  const [params, setParams] = useSearchParamState();
  const parsed = outboxChannelSchema.safeParse(params.get('channel'));
  const channel: OutboxChannel | undefined = parsed.success ? parsed.data : undefined;
  const list = useQuery({
    ...outboxQueries.list(channel),
    refetchInterval: 10_000,
    retryOnMount: false,
  });

  let content;
  if (list.isError) {
    content = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  } else if (!list.data) {
    content = (
      <Skeleton aria-label="Loading the outbox">
        {[0, 1, 2, 3].map((i) => (
          <SkeletonItem key={i} shape="rectangle" className={styles.skeleton} />
        ))}
      </Skeleton>
    );
  } else if (list.data.items.length === 0) {
    content = (
      <EmptyState
        icon={<MailInboxRegular />}
        title={channel ? `No ${channel} messages sent yet` : 'Nothing sent yet'}
        action={
          <div className={styles.links}>
            <RouterLink to={paths.configuration.notifications}>Email notifications</RouterLink>
            <RouterLink to={paths.configuration.syslog}>Syslog notifications</RouterLink>
            <RouterLink to={paths.configuration.scheduledReports}>Scheduled reports</RouterLink>
          </div>
        }
      >
        Messages appear here when the service sends them, at the simulated time they happen. Add
        recipients on Email notifications, turn on Syslog notifications or schedule a report, then
        let time pass (Demo menu → Advance time): new security alerts, alert updates, new health
        issues and scheduled reports are sent as they occur.
      </EmptyState>
    );
  } else {
    const { items, total } = list.data;
    content = (
      <>
        <Text className={styles.count} role="status">
          {items.length < total
            ? `Showing the newest ${items.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} messages`
            : `${total.toLocaleString('en-US')} ${total === 1 ? 'message' : 'messages'}`}
        </Text>
        <OutboxTable items={items} caption="Messages sent" />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Outbox"
        description="What the service sent: emails to notification recipients and Syslog (CEF) messages to your SIEM, newest first, at the simulated time they were sent. Demo only."
      />
      <div className={styles.root}>
        <TabList
          label="Channel"
          items={channelTabs}
          selected={channel ?? ALL}
          onSelect={(value) => setParams({ channel: value === ALL ? null : value })}
        />
        {content}
      </div>
    </>
  );
}
