import { makeStyles, mergeClasses, tokens, Tooltip } from '@fluentui/react-components';
import { ShieldCheckmarkRegular, ShieldQuestionRegular } from '@fluentui/react-icons';
import type { DefenderBadge as DefenderBadgeData } from '@/api/contracts/entities';
import type { MdeAlertCounts } from '@/api/contracts/defender';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    height: '24px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    textDecorationLine: 'none',
  },
  known: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outlineWidth: '2px',
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: '1px',
    },
  },
  unknown: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    color: tokens.colorNeutralForeground2,
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
  },
  icon: { fontSize: '16px' },
  count: { fontWeight: tokens.fontWeightSemibold },
});

const severities = ['High', 'Medium', 'Low', 'Informational'] as const;

export const totalAlerts = (counts: MdeAlertCounts) =>
  severities.reduce((sum, severity) => sum + counts[severity], 0);

/** "1 High, 3 Medium, 2 Low" (severities with no alert left out), or "No open alerts". */
export function describeSeverities(counts: MdeAlertCounts): string {
  const parts = severities.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'No open alerts';
}

/**
 * The Defender for Endpoint badge (catalog §8.6). Nothing when the integration is off (`null`);
 * a link to the device's page in Defender for Endpoint (new tab) with its open alerts, broken
 * down by severity on hover and focus; greyed when Defender for Endpoint doesn't know the entity.
 * `interactive={false}` draws the known badge without the link (inside the mini-profile card,
 * which closes when focus leaves its entity link).
 */
export function DefenderBadge({
  badge,
  interactive = true,
}: {
  badge: DefenderBadgeData | null;
  interactive?: boolean;
}) {
  const styles = useStyles();
  if (!badge) return null;
  if (badge.state === 'Unknown') {
    return (
      <span
        className={mergeClasses(styles.badge, styles.unknown)}
        role="img"
        aria-label="Unknown to Defender for Endpoint"
      >
        <ShieldQuestionRegular className={styles.icon} aria-hidden />
        <span aria-hidden>Unknown to Defender for Endpoint</span>
      </span>
    );
  }
  const total = totalAlerts(badge.openAlerts);
  const breakdown = describeSeverities(badge.openAlerts);
  const label = `Defender for Endpoint: ${total} open ${total === 1 ? 'alert' : 'alerts'}`;
  const content = (
    <>
      <ShieldCheckmarkRegular className={styles.icon} aria-hidden />
      {/* The space keeps "Defender for Endpoint 4" apart in the accessible name's match (WCAG 2.5.3). */}
      <span>Defender for Endpoint</span> <span className={styles.count}>{total}</span>
    </>
  );
  if (!interactive) {
    return (
      <span
        className={mergeClasses(styles.badge, styles.known)}
        role="img"
        aria-label={`${label} (${breakdown})`}
      >
        {content}
      </span>
    );
  }
  return (
    <Tooltip
      content={`Open alerts in Defender for Endpoint: ${breakdown}`}
      relationship="description"
      withArrow
    >
      <a
        href={badge.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`${label}, opens the device in Defender for Endpoint in a new tab`}
        className={mergeClasses(styles.badge, styles.known)}
      >
        {content}
      </a>
    </Tooltip>
  );
}
