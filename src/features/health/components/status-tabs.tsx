import type { HealthIssueStatus } from '@/api/contracts/health';
import { TabList } from '@/components/ui/tab-list';

/**
 * The Health Center's status tabs (Open, Closed, Suppressed with their counts): the shared
 * roving-tabindex tablist (arrows, Home and End move focus; Enter, Space or a click selects).
 */
export function StatusTabs({
  statuses,
  selected,
  label,
  counts,
  onSelect,
}: {
  statuses: readonly HealthIssueStatus[];
  selected: HealthIssueStatus;
  label: string;
  counts: Record<HealthIssueStatus, number>;
  onSelect: (status: HealthIssueStatus) => void;
}) {
  return (
    <TabList
      items={statuses.map((status) => ({ value: status, label: `${status} (${counts[status]})` }))}
      selected={selected}
      label={label}
      onSelect={onSelect}
    />
  );
}
