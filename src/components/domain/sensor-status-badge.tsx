import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { SensorStatus } from '@/api/contracts/vocabulary';

type BadgeColor = NonNullable<BadgeProps['color']>;

/** Good, in progress, needs attention, broken. Tint badges: every colour passes AA contrast in both themes. */
export const sensorStatusColors: Record<SensorStatus, BadgeColor> = {
  'Up to date': 'success',
  Updating: 'brand',
  Syncing: 'brand',
  Outdated: 'warning',
  'Not configured': 'warning',
  'Update failed': 'danger',
  'Start failed': 'danger',
  Disconnected: 'danger',
  Unreachable: 'danger',
};

/** The sensor's deployment status (up to date, outdated, disconnected…), always as words. */
export function SensorStatusBadge({ status }: { status: SensorStatus }) {
  return (
    <Badge appearance="tint" color={sensorStatusColors[status]} shape="rounded">
      {status}
    </Badge>
  );
}
