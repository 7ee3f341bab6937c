import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useHref, useLinkClickHandler } from 'react-router';
import type { AlertCounts, AlertFilter } from '@/api/contracts/alerts';
import { paths } from '@/config/paths';
import { filterItems, filterParam, type FilterItem } from '../utils/alert-filter';
import { useSeverityBarStyles } from './alert-badges';

const useStyles = makeStyles({
  root: {
    width: '200px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  nested: { paddingLeft: '36px' },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  swatch: { width: '10px', height: '10px', borderRadius: '2px', flexShrink: 0 },
  label: { flexGrow: 1 },
  count: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
});

function FilterLink({
  item,
  count,
  current,
}: {
  item: FilterItem;
  count: number | undefined;
  current: boolean;
}) {
  const styles = useStyles();
  const bars = useSeverityBarStyles();
  const param = filterParam(item.filter);
  const to = param ? `${paths.alerts}?filter=${param}` : paths.alerts;
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to, { replace: true });
  const severity = item.nested ? (item.filter as 'High' | 'Medium' | 'Low') : null;
  return (
    <li>
      <a
        href={href}
        onClick={onClick}
        aria-current={current ? 'page' : undefined}
        className={mergeClasses(
          styles.link,
          item.nested && styles.nested,
          current && styles.current,
        )}
      >
        {severity ? (
          <span className={mergeClasses(styles.swatch, bars[severity])} aria-hidden />
        ) : null}
        <span className={styles.label}>{item.label}</span>
        <span className={styles.count}>{count ?? '–'}</span>
      </a>
    </li>
  );
}

/** The Filter by pane (catalog §4.1): links, so each filter has its own URL. */
export function FilterPane({
  filter,
  counts,
}: {
  filter: AlertFilter;
  counts: AlertCounts | undefined;
}) {
  const styles = useStyles();
  return (
    <nav className={styles.root} aria-labelledby="alert-filter-heading">
      <h2 id="alert-filter-heading" className={styles.heading}>
        Filter by
      </h2>
      <ul className={styles.list}>
        {filterItems.map((item) => (
          <FilterLink
            key={item.filter}
            item={item}
            count={counts?.[item.filter]}
            current={item.filter === filter}
          />
        ))}
      </ul>
    </nav>
  );
}
