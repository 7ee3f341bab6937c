import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, OpenRegular, ShieldRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { isApiError } from '@/api/errors';
import { ErrorState } from '@/components/errors/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { alertQueries } from '../api/alert-queries';
import { formatTimeRange } from '../utils/time-groups';
import { timelineSearch } from '../utils/timeline-place';
import { PreviewBadge, SeverityBadge, StatusPill, useSeverityBarStyles } from './alert-badges';
import { AlertMenu } from './alert-menu';
import { DetailsTable, EvidenceList, HistoryTable } from './alert-sections';
import { AlertSkeleton } from './alert-skeleton';
import { EntityChain } from './entity-chain';
import { Sentence } from './sentence';
import { useAlertActions } from './use-alert-actions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1400px',
    paddingBottom: tokens.spacingVerticalXXXL,
  },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  header: {
    display: 'grid',
    gridTemplateColumns: '6px minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
  },
  headerText: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} 0`,
    minWidth: 0,
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  description: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  menu: { padding: tokens.spacingVerticalM },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  two: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
  },
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const id = `alert-section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function BackLink() {
  const styles = useStyles();
  return (
    <RouterLink to={`${paths.alerts}${timelineSearch()}`}>
      <span className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        Back to security alerts
      </span>
    </RouterLink>
  );
}

/**
 * The alert page (catalog §4.3): title, description, time range, status, ⋮ menu, Learn more; the
 * entity chain, Evidence, the detection's details table and the alert's history.
 */
export function AlertPage({ id }: { id: string }) {
  const styles = useStyles();
  const bars = useSeverityBarStyles();
  const [deleted, setDeleted] = useState(false);
  const { handlers: actions, ui } = useAlertActions({ onDeleted: () => setDeleted(true) });
  const query = useQuery({ ...alertQueries.detail(id), enabled: !deleted });

  let body: ReactNode;
  if (deleted) {
    body = (
      <EmptyState icon={<ShieldRegular />} title="Alert deleted" action={<BackLink />}>
        The alert was deleted for good.
      </EmptyState>
    );
  } else if (query.isPending) {
    body = <AlertSkeleton label="Loading the alert" />;
  } else if (query.isError) {
    body =
      isApiError(query.error) && query.error.status === 404 ? (
        <EmptyState icon={<ShieldRegular />} title="Alert not found" action={<BackLink />}>
          This alert doesn’t exist: it may have been deleted, or the link is wrong.
        </EmptyState>
      ) : (
        <ErrorState
          error={query.error}
          title="The alert couldn’t be loaded"
          onRetry={() => void query.refetch()}
        />
      );
  } else {
    const alert = query.data;
    body = (
      <>
        <header className={styles.header}>
          <span className={bars[alert.severity]} aria-hidden />
          <div className={styles.headerText}>
            <Text as="h1" size={600} weight="semibold" className={styles.title}>
              {alert.title}
            </Text>
            <div className={styles.meta}>
              <SeverityBadge severity={alert.severity} />
              <StatusPill status={alert.status} />
              {alert.preview ? <PreviewBadge /> : null}
              <time dateTime={alert.startedAt}>
                {formatTimeRange(alert.startedAt, alert.endedAt)}
              </time>
              <span>{`Detection ${alert.detectionId} · ${alert.phase}`}</span>
            </div>
            <p className={styles.description}>
              <Sentence parts={alert.description} />
            </p>
            <Link href={alert.learnMoreUrl} target="_blank" rel="noopener noreferrer">
              Learn more about this alert <OpenRegular aria-label="(opens in a new tab)" />
            </Link>
          </div>
          <div className={styles.menu}>
            <AlertMenu alert={alert} actions={actions} />
          </div>
        </header>
        <Section title="What happened">
          <EntityChain chain={alert.chain} />
        </Section>
        <Section title="Evidence">
          <EvidenceList evidence={alert.evidence} />
        </Section>
        <Section title="Details">
          <DetailsTable details={alert.details} caption={`Details of ${alert.title}`} />
        </Section>
        <Section title="History">
          <HistoryTable history={alert.history} />
        </Section>
      </>
    );
  }

  return (
    <div className={styles.root}>
      <div>
        <BackLink />
      </div>
      {body}
      {ui}
    </div>
  );
}
