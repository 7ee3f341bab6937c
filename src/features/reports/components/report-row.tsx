import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowRoutingRegular,
  DocumentBulletListRegular,
  InfoRegular,
  LockOpenRegular,
  PeopleLockRegular,
} from '@fluentui/react-icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import {
  reportRangeErrors,
  type ReportAvailability,
  type reportPageEntries,
} from '@/api/contracts/reports';
import type { ReportId } from '@/api/contracts/scheduled-reports';
import { ErrorState } from '@/components/errors/error-state';
import { downloadReport, reportQueries, type DayRange } from '../api/report-queries';
import { saveFile } from '../utils/save-file';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '40px minmax(0, 1fr) 168px 168px 140px',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  greyed: { backgroundColor: tokens.colorNeutralBackground2 },
  icon: { fontSize: '32px', display: 'flex', color: tokens.colorBrandForeground1 },
  iconGreyed: { color: tokens.colorNeutralForeground3 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    marginTop: tokens.spacingVerticalXS,
  },
  download: { marginTop: '22px' },
  error: { gridColumn: '2 / -1', marginTop: tokens.spacingVerticalS },
});

const icons: Record<ReportId, ReactNode> = {
  summary: <DocumentBulletListRegular />,
  'sensitive-groups': <PeopleLockRegular />,
  'cleartext-passwords': <LockOpenRegular />,
  'lateral-movement-paths': <ArrowRoutingRegular />,
};

const sameRange = (a: DayRange, b: DayRange) => a.from === b.from && a.to === b.to;

/**
 * One report: what it holds, its From / To days and Download. Greyed with the catalog's words when
 * the range holds nothing; the workbook is made by the service and saved as it arrives.
 */
export function ReportRow({
  entry,
  today,
  range,
  listed,
  onRangeChange,
}: {
  entry: (typeof reportPageEntries)[number];
  today: string;
  range: DayRange;
  /** The page's list: its range, and this report's availability in it. */
  listed: { range: DayRange; availability: ReportAvailability | undefined };
  onRangeChange: (range: DayRange) => void;
}) {
  const styles = useStyles();
  const titleId = useId();
  const errors = reportRangeErrors(entry.id, range, today);
  const valid = !errors.from && !errors.to;
  const own = useQuery({
    ...reportQueries.list(range),
    enabled: valid && !sameRange(range, listed.range),
  });
  const availability = sameRange(range, listed.range)
    ? listed.availability
    : own.data?.items.find((r) => r.id === entry.id);
  const greyed = valid && availability?.hasData === false;
  const download = useMutation({
    mutationFn: async () => {
      const file = await downloadReport(entry.id, range);
      saveFile(file.blob, file.fileName ?? `${entry.title}-${range.from}-${range.to}.xlsx`);
    },
  });
  const checking = valid && !availability && own.isFetching;

  return (
    <section
      aria-labelledby={titleId}
      className={mergeClasses(styles.row, greyed && styles.greyed)}
      data-greyed={greyed || undefined}
    >
      <span className={mergeClasses(styles.icon, greyed && styles.iconGreyed)} aria-hidden>
        {icons[entry.id]}
      </span>
      <div className={styles.text}>
        <Text
          as="h2"
          id={titleId}
          size={400}
          weight="semibold"
          className={mergeClasses(styles.title, greyed && styles.muted)}
        >
          {entry.title}
        </Text>
        <Text className={greyed ? styles.muted : styles.subtitle}>{entry.subtitle}</Text>
        {greyed ? (
          <Text className={styles.empty} role="note">
            <InfoRegular aria-hidden />
            {entry.emptyText ?? 'No data in this period'}
          </Text>
        ) : null}
      </div>
      <Field label="From" validationMessage={errors.from}>
        <Input
          type="date"
          value={range.from}
          min={availability?.earliestFrom}
          max={today}
          onChange={(_, data) => onRangeChange({ ...range, from: data.value })}
        />
      </Field>
      <Field label="To" validationMessage={errors.to}>
        <Input
          type="date"
          value={range.to}
          max={today}
          onChange={(_, data) => onRangeChange({ ...range, to: data.value })}
        />
      </Field>
      <Button
        className={styles.download}
        appearance={greyed ? 'secondary' : 'primary'}
        icon={download.isPending || checking ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
        disabled={!valid || greyed || download.isPending}
        aria-label={`Download ${entry.title}`}
        onClick={() => download.mutate()}
      >
        {download.isPending ? 'Preparing…' : 'Download'}
      </Button>
      {download.isError ? (
        <div className={styles.error}>
          <ErrorState error={download.error} title="The download failed" />
        </div>
      ) : null}
      {own.isError ? (
        <div className={styles.error}>
          <ErrorState error={own.error} onRetry={() => void own.refetch()} />
        </div>
      ) : null}
    </section>
  );
}
