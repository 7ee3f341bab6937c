import {
  Button,
  Field,
  Input,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, CalendarRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { LateralMovementPaths } from '@/api/contracts/lateral-movement';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'stretch',
    flexShrink: 0,
  },
  tile: {
    minWidth: '150px',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  tiles: { display: 'contents', margin: 0, padding: 0, listStyleType: 'none' },
  number: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  when: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  spacer: { flexGrow: 1 },
  actions: { display: 'flex', alignItems: 'flex-end' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  formActions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const dayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
export const formatDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

/** The counter tiles of the view (catalog §8.7): which ones depends on whether it is a target. */
export function tilesOf(data: LateralMovementPaths): { label: string; value: number }[] {
  const users = { label: 'Non-sensitive users on the path', value: data.tiles.nonSensitiveUsers };
  const computers = { label: 'Computers on the path', value: data.tiles.computers };
  if (data.view === 'Sensitive')
    return [{ ...users, label: 'Non-sensitive en route users' }, computers];
  return [{ label: 'Lateral movement targets', value: data.tiles.targets }, users, computers];
}

function DatePicker({
  data,
  onDate,
}: {
  data: LateralMovementPaths;
  onDate(date: string | null): void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(data.date);
  const valid = value >= data.earliestDate && value <= data.latestDate;
  return (
    <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus withArrow>
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="transparent" icon={<CalendarRegular />} size="small">
          View a different date
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label="View a different date">
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid) return;
            onDate(value);
            setOpen(false);
          }}
        >
          <Field
            label="Date"
            hint={`Paths are kept from ${formatDay(data.earliestDate)} to ${formatDay(data.latestDate)}`}
            validationMessage={valid ? undefined : 'Pick a day in that range'}
          >
            <Input
              type="date"
              value={value}
              min={data.earliestDate}
              max={data.latestDate}
              onChange={(_, d) => setValue(d.value)}
            />
          </Field>
          <div className={styles.formActions}>
            <Button type="submit" appearance="primary" disabled={!valid}>
              Show paths
            </Button>
            <Button
              onClick={() => {
                onDate(null);
                setOpen(false);
              }}
            >
              Most recent
            </Button>
          </div>
        </form>
      </PopoverSurface>
    </Popover>
  );
}

/** The header of the paths tab: the day shown, the counter tiles and Download report. */
export function PathsHeader({
  data,
  dateAsked,
  onDate,
  onDownload,
  downloading,
}: {
  data: LateralMovementPaths;
  dateAsked: string | null;
  onDate(date: string | null): void;
  onDownload(): void;
  downloading: boolean;
}) {
  const styles = useStyles();
  const mostRecent = !dateAsked && data.mostRecentDate === data.date;
  return (
    <div className={styles.root}>
      <div className={styles.tile}>
        <Text className={styles.when}>{mostRecent ? 'Most Recent' : formatDay(data.date)}</Text>
        <Text className={styles.label}>
          {mostRecent ? `Paths found on ${formatDay(data.date)}` : 'Paths found that day'}
        </Text>
        <DatePicker key={data.date} data={data} onDate={onDate} />
      </div>
      <ul className={styles.tiles} aria-label="Counts">
        {tilesOf(data).map((tile) => (
          <li key={tile.label} className={styles.tile}>
            <span className={styles.number}>{tile.value.toLocaleString('en-US')}</span>
            <span className={styles.label}>{tile.label}</span>
          </li>
        ))}
      </ul>
      <span className={styles.spacer} />
      <div className={styles.actions}>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={onDownload}
          disabled={downloading || data.paths.length === 0}
        >
          {downloading ? 'Downloading…' : 'Download report'}
        </Button>
      </div>
    </div>
  );
}
