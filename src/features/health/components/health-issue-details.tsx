import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { HealthIssue, HealthIssueStatus } from '@/api/contracts/health';
import { HealthBadge } from '@/components/domain/health-badge';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { healthGuide } from '../utils/health-catalog';
import { HealthIssueActions } from './health-issue-actions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  heading: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

function sensorLink(issue: HealthIssue): ReactNode {
  if (!issue.sensorId) return 'None (global issue)';
  return (
    <RouterLink to={`${paths.sensors}?sensor=${encodeURIComponent(issue.sensorId)}`}>
      {issue.sensorName ?? issue.sensorId}
    </RouterLink>
  );
}

function statusText(issue: HealthIssue): string {
  if (!issue.statusChangedAt) return issue.status;
  const by = issue.statusChangedBy ?? 'the service';
  return `${issue.status} — ${formatDateTime(issue.statusChangedAt)} by ${by}${issue.statusReason ? `: “${issue.statusReason}”` : ''}`;
}

export interface HealthIssueDetailsProps {
  issue: HealthIssue;
  canChange: boolean;
  onStatusChanged: (status: HealthIssueStatus) => void;
}

/** One health issue: facts, what it means, how to fix it, and (Administrators) its actions. */
export function HealthIssueDetails({ issue, canChange, onStatusChanged }: HealthIssueDetailsProps) {
  const styles = useStyles();
  const guide = healthGuide(issue.title);
  const facts: [string, ReactNode][] = [
    ['Severity', <HealthBadge key="severity" health={issue.severity} />],
    ['Status', statusText(issue)],
    ['Scope', issue.scope],
    ['Sensor', sensorLink(issue)],
    ['Domain', issue.domain ?? '—'],
    ['First seen', formatDateTime(issue.firstSeen)],
    ['Last seen', formatDateTime(issue.lastSeen)],
  ];
  return (
    <section className={styles.root} aria-label={`Health issue: ${issue.title}`}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {issue.title}
      </Text>
      <dl className={styles.facts}>
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
      <div>
        <Text as="h3" block size={400} weight="semibold">
          What it means
        </Text>
        <Text as="p" block>
          {guide.meaning}
        </Text>
      </div>
      <div>
        <Text as="h3" block size={400} weight="semibold">
          How to fix it
        </Text>
        <ol className={styles.list}>
          {guide.fix.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      {canChange ? (
        <HealthIssueActions issue={issue} onChanged={onStatusChanged} />
      ) : (
        <MessageBar intent="info" icon={<LockClosedRegular />}>
          <MessageBarBody>
            Only Administrators can close, suppress or reopen health issues.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
