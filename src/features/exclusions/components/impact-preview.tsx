import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { ExclusionDraft } from '@/api/contracts/exclusions';
import { impactWindowDays } from '@/api/contracts/exclusions';
import { ErrorState } from '@/components/errors/error-state';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { exclusionQueries } from '../api/exclusion-queries';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: '200px',
    overflowY: 'auto',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Before saving: how many of the last 30 days' alerts the entries being added would have
 * excluded, and which (links to them). Computed by the service over the alerts.
 */
export function ImpactPreview({ add }: { add: readonly ExclusionDraft[] }) {
  const styles = useStyles();
  const impact = useQuery(exclusionQueries.impact(add));
  if (add.length === 0) return null;
  if (impact.isError)
    return (
      <ErrorState
        error={impact.error}
        title="The impact preview couldn’t load"
        onRetry={() => void impact.refetch()}
      />
    );
  if (!impact.data) return <Spinner size="tiny" label="Working out the impact of your changes…" />;
  const { total, alerts } = impact.data;
  return (
    <section className={styles.root} aria-label="Impact preview">
      <MessageBar intent={total ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Impact preview</MessageBarTitle>
          {total === 0
            ? `The ${add.length === 1 ? 'entry' : `${add.length} entries`} you’re adding would have excluded none of the last ${impactWindowDays} days’ alerts.`
            : `The ${add.length === 1 ? 'entry' : `${add.length} entries`} you’re adding would have excluded ${total} of the last ${impactWindowDays} days’ ${total === 1 ? 'alert' : 'alerts'}. New alerts like ${total === 1 ? 'it' : 'these'} won’t be raised once you save; existing alerts stay as they are.`}
        </MessageBarBody>
      </MessageBar>
      {alerts.length > 0 && (
        <ul className={styles.list} aria-label="Alerts the change would have excluded">
          {alerts.map((a) => (
            <li key={a.id}>
              <RouterLink to={paths.alert(a.id)}>{a.title}</RouterLink>{' '}
              <Text size={200} className={styles.muted}>
                {formatDateTime(a.startedAt)} · {a.status}
              </Text>
            </li>
          ))}
          {total > alerts.length && (
            <li className={styles.muted}>and {total - alerts.length} more</li>
          )}
        </ul>
      )}
    </section>
  );
}
