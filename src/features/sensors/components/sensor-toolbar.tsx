import {
  Button,
  Field,
  makeStyles,
  Select,
  SearchBox,
  Text,
  tokens,
} from '@fluentui/react-components';
import { FilterDismissRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import {
  sensorHealthSchema,
  sensorStatusSchema,
  type SensorHealth,
  type SensorStatus,
} from '@/api/contracts/vocabulary';
import { clearedFilters, hasActiveFilters, type SensorView } from '../utils/sensor-filters';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
    flexShrink: 0,
  },
  search: { width: '300px' },
  dropdown: { minWidth: '190px' },
  count: {
    marginLeft: 'auto',
    paddingBottom: tokens.spacingVerticalSNudge,
    color: tokens.colorNeutralForeground2,
  },
});

const ALL = 'all';

function pick<T extends string>(options: readonly T[], value: string | undefined): T | null {
  return options.find((option) => option === value) ?? null;
}

export interface SensorToolbarProps {
  view: SensorView;
  onChange: (change: Partial<SensorView>) => void;
  /** Rows shown and rows in total; null while loading. */
  counts: { shown: number; total: number } | null;
}

/** Search, status and health filters, and how many sensors the filters leave. */
export function SensorToolbar({ view, onChange, counts }: SensorToolbarProps) {
  const styles = useStyles();
  const searchRef = useRef<HTMLInputElement>(null);
  // What is typed, kept locally so fast typing never waits for the URL; follows URL changes made
  // elsewhere (Clear filters, Back).
  const [text, setText] = useState(view.q);
  const [urlText, setUrlText] = useState(view.q);
  if (view.q !== urlText) {
    setUrlText(view.q);
    if (view.q !== text.trim()) setText(view.q);
  }

  const clear = () => {
    onChange(clearedFilters);
    searchRef.current?.focus();
  };

  return (
    <div className={styles.root} role="search" aria-label="Filter sensors">
      <Field label="Search sensors" className={styles.search}>
        <SearchBox
          ref={searchRef}
          value={text}
          placeholder="Name, domain, FQDN or version"
          dismiss={{ 'aria-label': 'Clear search' }}
          onChange={(_, data) => {
            setText(data.value);
            onChange({ q: data.value });
          }}
        />
      </Field>
      <Field label="Sensor status">
        <Select
          className={styles.dropdown}
          value={view.status ?? ALL}
          onChange={(_, data) =>
            onChange({ status: pick<SensorStatus>(sensorStatusSchema.options, data.value) })
          }
        >
          <option value={ALL}>All statuses</option>
          {sensorStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Health">
        <Select
          className={styles.dropdown}
          value={view.health ?? ALL}
          onChange={(_, data) =>
            onChange({ health: pick<SensorHealth>(sensorHealthSchema.options, data.value) })
          }
        >
          <option value={ALL}>All health states</option>
          {sensorHealthSchema.options.map((health) => (
            <option key={health} value={health}>
              {health}
            </option>
          ))}
        </Select>
      </Field>
      {hasActiveFilters(view) ? (
        <Button icon={<FilterDismissRegular />} onClick={clear}>
          Clear filters
        </Button>
      ) : null}
      <Text role="status" className={styles.count}>
        {counts
          ? `Showing ${counts.shown} of ${counts.total} ${counts.total === 1 ? 'sensor' : 'sensors'}`
          : 'Loading sensors…'}
      </Text>
    </div>
  );
}
