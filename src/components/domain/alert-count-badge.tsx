import { Badge } from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';

/** The red "N alerts" badge of profiles and mini-profiles: open security alerts of the entity. */
export function AlertCountBadge({ count }: { count: number }) {
  const text = `${count} open ${count === 1 ? 'alert' : 'alerts'}`;
  return (
    <Badge
      appearance={count > 0 ? 'filled' : 'outline'}
      color={count > 0 ? 'danger' : 'informative'}
      shape="rounded"
      icon={<AlertRegular />}
    >
      {text}
    </Badge>
  );
}
