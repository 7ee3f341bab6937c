import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { domainControllerQueries, saveBlob } from '../api/sensor-setup-api';
import { coverageCsv, coverageSummary } from '../utils/dc-coverage-csv';

// The list of domain controllers opens on demand: load its dialog then.
const DcCoverageDialog = lazy(() =>
  import('./dc-coverage-dialog').then((m) => ({ default: m.DcCoverageDialog })),
);

/** The banner's height at 1280–1920 px wide (a multiline bar: title and text, buttons below). */
const BANNER_HEIGHT = 74;

const useStyles = makeStyles({
  root: { flexShrink: 0, marginBottom: tokens.spacingVerticalM },
  placeholder: { display: 'block', height: `${BANNER_HEIGHT}px` },
});

/**
 * Holds the banner's place while the page loads, so the toolbar and the list below don't move
 * down by its height when it arrives (`npm run bench` measures the Sensors page's CLS).
 */
export function DcCoverageBannerSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading domain controller coverage" className={styles.root}>
      <SkeletonItem shape="rectangle" className={styles.placeholder} />
    </Skeleton>
  );
}

/** "All N detected domain controllers have sensors", or how many don't, with the list and a CSV. */
export function DcCoverageBanner() {
  const styles = useStyles();
  const { data } = useQuery(domainControllerQueries.list());
  const [open, setOpen] = useState(false);
  if (!data) return null;

  const download = () =>
    saveBlob(
      new Blob([coverageCsv(data.items)], { type: 'text/csv;charset=utf-8' }),
      'Domain controller coverage.csv',
    );
  const covered = data.unmonitored === 0 && data.total > 0;
  return (
    <div className={styles.root}>
      <MessageBar
        intent={covered ? 'success' : 'warning'}
        layout="multiline"
        aria-label="Domain controller coverage"
      >
        <MessageBarBody>
          <MessageBarTitle>{coverageSummary(data)}</MessageBarTitle>
          {covered
            ? 'Every domain controller the service detected in your forests is watched by a sensor.'
            : 'Install a sensor on each domain controller that isn’t monitored to see all of its activity.'}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setOpen(true)} disabled={data.total === 0}>
            View domain controllers
          </Button>
          <Button icon={<ArrowDownloadRegular />} onClick={download} disabled={data.total === 0}>
            Download CSV
          </Button>
        </MessageBarActions>
      </MessageBar>
      {open ? (
        <Suspense fallback={null}>
          <DcCoverageDialog
            onClose={() => setOpen(false)}
            domainControllers={data.items}
            onDownload={download}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
