import {
  Badge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { DefenderStatus } from '@/api/contracts/defender';
import { ErrorState } from '@/components/errors/error-state';
import { formatDateTime } from '@/lib/format';
import { defenderQueries } from '../api/defender-queries';
import { alertBreakdown, formatCount } from '../utils/defender-status';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '960px',
    marginBottom: tokens.spacingVerticalL,
  },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  // dt/dd pairs are wrapped for valid markup; the wrapper takes no box so the grid lines them up.
  fact: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

const badges = {
  Off: { color: 'informative', appearance: 'outline' },
  Connected: { color: 'success', appearance: 'filled' },
  Error: { color: 'danger', appearance: 'filled' },
} as const;

function StatusBody({ status }: { status: DefenderStatus }) {
  const styles = useStyles();
  if (status.state === 'Off') {
    return (
      <Text className={styles.muted}>
        The integration is off: entity profiles show no Defender for Endpoint badges or alert
        counts.
      </Text>
    );
  }
  if (status.state === 'Error') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Defender for Endpoint isn’t connected</MessageBarTitle>
          {status.reason} (since {formatDateTime(status.since)})
        </MessageBarBody>
      </MessageBar>
    );
  }
  const facts: [string, string][] = [
    ['Connected since', formatDateTime(status.since)],
    ['Devices onboarded', formatCount(status.onboardedDevices)],
    ['Devices Defender for Endpoint doesn’t know (grey badge)', formatCount(status.unknownDevices)],
    ['Devices with open alerts', formatCount(status.devicesWithAlerts)],
    ['High-risk devices', formatCount(status.highRiskDevices)],
    ['Open alerts', alertBreakdown(status.openAlerts)],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term} className={styles.fact}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Off / Connected (since when, what Defender for Endpoint knows) / Error with the reason. */
export function DefenderStatusPanel() {
  const styles = useStyles();
  const titleId = useId();
  const status = useQuery(defenderQueries.status());
  const state = status.data?.state;
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <Text as="h2" id={titleId} size={400} weight="semibold" className={styles.title}>
        Integration status
        {state ? (
          <Badge {...badges[state]} aria-label={`Status: ${state}`}>
            {state}
          </Badge>
        ) : null}
      </Text>
      {status.data ? (
        <StatusBody status={status.data} />
      ) : status.isError && !status.isFetching ? (
        <ErrorState
          error={status.error}
          title="The integration status couldn’t load"
          onRetry={() => void status.refetch()}
        />
      ) : (
        <Skeleton aria-label="Loading the integration status">
          <SkeletonItem size={24} />
          <SkeletonItem size={24} />
        </Skeleton>
      )}
    </section>
  );
}
