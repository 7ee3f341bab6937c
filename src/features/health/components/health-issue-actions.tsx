import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, SpeakerMuteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { HealthIssue, HealthIssueStatus } from '@/api/contracts/health';
import { ErrorState } from '@/components/errors/error-state';
import { useChangeHealthStatus } from '../api/use-change-health-status';
import { SuppressDialog } from './suppress-dialog';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * Close issue, Suppress issue… and Reopen issue, as the issue's status allows. Administrators
 * only. The buttons name the issue as their object: a bare "Close" in a side panel reads as
 * closing the panel.
 */
export function HealthIssueActions({
  issue,
  onChanged,
}: {
  issue: HealthIssue;
  onChanged: (status: HealthIssueStatus) => void;
}) {
  const styles = useStyles();
  const mutation = useChangeHealthStatus();
  const [suppressing, setSuppressing] = useState(false);
  const change = (status: HealthIssueStatus, reason?: string) =>
    mutation.mutate(
      { id: issue.id, change: reason === undefined ? { status } : { status, reason } },
      {
        onSuccess: () => {
          setSuppressing(false);
          onChanged(status);
        },
      },
    );

  return (
    <>
      <div className={styles.root}>
        {issue.status !== 'Closed' && (
          <Button
            icon={<CheckmarkRegular />}
            disabled={mutation.isPending}
            onClick={() => change('Closed')}
          >
            Close issue
          </Button>
        )}
        {issue.status === 'Open' && (
          <Button
            icon={<SpeakerMuteRegular />}
            disabled={mutation.isPending}
            onClick={() => {
              mutation.reset();
              setSuppressing(true);
            }}
          >
            Suppress issue…
          </Button>
        )}
        {issue.status !== 'Open' && (
          <Button
            icon={<ArrowUndoRegular />}
            disabled={mutation.isPending}
            onClick={() => change('Open')}
          >
            Reopen issue
          </Button>
        )}
      </div>
      {mutation.isError && !suppressing ? (
        <ErrorState error={mutation.error} title="The status wasn’t changed" />
      ) : null}
      {/* Mounted only while open: a closed Fluent Dialog still starts tabster's modalizer, which
          leaves focusable aria-hidden sentinels on <body> (axe: aria-hidden-focus). */}
      {suppressing ? (
        <SuppressDialog
          open
          title={issue.title}
          pending={mutation.isPending}
          error={mutation.error}
          onSuppress={(reason) => change('Suppressed', reason)}
          onCancel={() => setSuppressing(false)}
        />
      ) : null}
    </>
  );
}
