import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { CalendarClockRegular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { defaultReportRange, reportPageEntries } from '@/api/contracts/reports';
import type { ReportId } from '@/api/contracts/scheduled-reports';
import { ErrorState } from '@/components/errors/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { useSearchParamState } from '@/lib/url-state';
import { reportQueries, type DayRange } from '../api/report-queries';
import { rangeFromParams, rangeUpdate } from '../utils/report-ranges';
import { ReportRow } from './report-row';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  skeleton: { height: '88px', width: '100%' },
});

/** Reports (catalog §7.1): every role may download any of the four. */
export function ReportsPage() {
  const styles = useStyles();
  const listed = useQuery({ ...reportQueries.list(), retryOnMount: false });
  const [params, setParams] = useSearchParamState();

  const header = (
    <PageHeader
      title="Reports"
      description="Download a report of the days you choose as an Excel workbook. Reports can also be emailed on a schedule."
      actions={
        <RouterLink to={paths.configuration.scheduledReports}>
          <span className={styles.link}>
            <CalendarClockRegular aria-hidden />
            Set scheduled reports
          </span>
        </RouterLink>
      }
    />
  );
  if (listed.isError) {
    return (
      <>
        {header}
        <ErrorState error={listed.error} onRetry={() => void listed.refetch()} />
      </>
    );
  }
  if (!listed.data) {
    return (
      <>
        {header}
        <Skeleton aria-label="Loading reports" className={styles.list}>
          {reportPageEntries.map((r) => (
            <SkeletonItem key={r.id} shape="rectangle" className={styles.skeleton} />
          ))}
        </Skeleton>
      </>
    );
  }
  const { data } = listed;
  const base = { from: data.from, to: data.to };
  // The paths report pre-selects the first day with data in its 60 days (catalog §7.1).
  const defaultOf = (id: ReportId): DayRange => {
    const first = data.items.find((r) => r.id === id)?.firstDayWithData;
    return id === 'lateral-movement-paths' && first
      ? { from: first, to: data.today }
      : defaultReportRange(data.today);
  };
  return (
    <>
      {header}
      <div className={styles.list}>
        {reportPageEntries.map((entry) => {
          const fallback = defaultOf(entry.id);
          return (
            <ReportRow
              key={entry.id}
              entry={entry}
              today={data.today}
              range={rangeFromParams(params, entry.id, fallback)}
              listed={{ range: base, availability: data.items.find((r) => r.id === entry.id) }}
              onRangeChange={(range) => setParams(rangeUpdate(entry.id, range, fallback))}
            />
          );
        })}
      </div>
    </>
  );
}
