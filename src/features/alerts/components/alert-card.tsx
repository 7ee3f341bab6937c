import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { AlertSummary } from '@/api/contracts/alerts';
import { RouterLink } from '@/components/ui/router-link';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { PreviewBadge, SeverityBadge, StatusPill, useSeverityBarStyles } from './alert-badges';
import { AlertMenu } from './alert-menu';
import { Sentence } from './sentence';
import type { AlertActions } from './use-alert-actions';

/** A card's height on the timeline (every card is the same height: the list is virtualised). */
export const ALERT_CARD_HEIGHT = 132;

const useStyles = makeStyles({
  card: {
    position: 'relative',
    boxSizing: 'border-box',
    height: `${ALERT_CARD_HEIGHT}px`,
    display: 'grid',
    gridTemplateColumns: '6px minmax(0, 1fr) auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    overflow: 'hidden',
    outlineStyle: 'none',
  },
  selected: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
  },
  bar: { height: '100%' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    minWidth: 0,
  },
  description: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    lineHeight: tokens.lineHeightBase300,
    minHeight: `calc(2 * ${tokens.lineHeightBase300})`,
  },
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: 'auto',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  menu: { padding: tokens.spacingVerticalXS },
});

/**
 * An alert on the timeline (catalog §4.1): the severity bar (and the severity in words), title,
 * description with entity links, "Started at …", status pill, Preview badge, ⋮ menu.
 * Memoised: moving the window renders only the cards that come into it.
 */
export const AlertCard = memo(function AlertCard({
  alert,
  selected,
  actions,
  onSelect,
}: {
  alert: AlertSummary;
  selected: boolean;
  actions: AlertActions;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const bars = useSeverityBarStyles();
  const titleId = `alert-title-${alert.id}`;
  return (
    <article
      className={mergeClasses(styles.card, selected && styles.selected)}
      aria-labelledby={titleId}
      tabIndex={selected ? 0 : -1}
      data-alert-id={alert.id}
      onFocus={() => onSelect(alert.id)}
    >
      <span className={mergeClasses(styles.bar, bars[alert.severity])} aria-hidden />
      <div className={styles.body}>
        <div className={styles.top}>
          <h3 className={styles.title} id={titleId}>
            <RouterLink to={paths.alert(alert.id)}>{alert.title}</RouterLink>
          </h3>
          {alert.preview ? <PreviewBadge /> : null}
        </div>
        <Text as="p" className={styles.description} style={{ margin: 0 }}>
          <Sentence parts={alert.description} />
        </Text>
        <div className={styles.footer}>
          <SeverityBadge severity={alert.severity} />
          <StatusPill status={alert.status} />
          <span>{`Started at ${formatDateTime(alert.startedAt)}`}</span>
        </div>
      </div>
      <div className={styles.menu}>
        <AlertMenu alert={alert} actions={actions} showKeys />
      </div>
    </article>
  );
});
