import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { AlertStatus } from '@/api/contracts/alerts';
import type { Severity } from '@/api/contracts/vocabulary';
import { healthBadgeStyles } from '@/components/domain/health-badge';

/** The severity colours of the timeline (catalog §3.1): High red, Medium orange, Low yellow. */
export const useSeverityBarStyles = makeStyles({
  High: { backgroundColor: tokens.colorPaletteRedBackground3 },
  Medium: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  Low: { backgroundColor: tokens.colorPaletteYellowBackground3 },
});

/** The severity as a word with an icon (the bar's colour is never the only signal). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const style = healthBadgeStyles[severity];
  return (
    <Badge appearance={style.appearance} color={style.color} icon={style.icon} shape="rounded">
      {`${severity} severity`}
    </Badge>
  );
}

const statusColor = {
  Open: 'brand',
  Closed: 'informative',
  Suppressed: 'subtle',
} as const satisfies Record<AlertStatus, string>;

/** The status pill: OPEN, CLOSED, SUPPRESSED (catalog §4.1). */
export function StatusPill({ status }: { status: AlertStatus }) {
  return (
    <Badge appearance="tint" color={statusColor[status]} shape="circular">
      {status.toUpperCase()}
    </Badge>
  );
}

/** The green Preview badge of preview detections (catalog §4.5). */
export function PreviewBadge() {
  return (
    <Badge appearance="tint" color="success" shape="rounded">
      Preview
    </Badge>
  );
}
