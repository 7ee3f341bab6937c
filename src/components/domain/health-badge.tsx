import { Badge, type BadgeProps } from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  InfoFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { SensorHealth } from '@/api/contracts/vocabulary';

/**
 * Health colours per the classic portal: green healthy, yellow Low, orange Medium, red High. The
 * word and the icon carry the meaning too, so colour is never the only signal. Healthy is a quiet
 * tint; problems are filled so they stand out in a long list. Every pair passes WCAG AA contrast
 * in the light and dark themes (see badge-contrast.test.ts).
 */
export const healthBadgeStyles: Record<
  SensorHealth,
  {
    appearance: NonNullable<BadgeProps['appearance']>;
    color: NonNullable<BadgeProps['color']>;
    icon: ReactElement;
  }
> = {
  Healthy: { appearance: 'tint', color: 'success', icon: <CheckmarkCircleFilled /> },
  Low: { appearance: 'filled', color: 'warning', icon: <InfoFilled /> },
  Medium: { appearance: 'filled', color: 'severe', icon: <WarningFilled /> },
  High: { appearance: 'filled', color: 'danger', icon: <ErrorCircleFilled /> },
};

/** A sensor's health: Healthy, or the severity of its worst open health issue. */
export function HealthBadge({ health, className }: { health: SensorHealth; className?: string }) {
  const style = healthBadgeStyles[health];
  return (
    <Badge
      appearance={style.appearance}
      color={style.color}
      icon={style.icon}
      shape="rounded"
      className={className}
    >
      {health}
    </Badge>
  );
}
