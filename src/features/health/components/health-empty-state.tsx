import { Button } from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  FilterDismissRegular,
  HeartPulseRegular,
  SearchRegular,
} from '@fluentui/react-icons';
import type { HealthIssueStatus } from '@/api/contracts/health';
import { EmptyState } from '@/components/ui/empty-state';

const tabEmpty: Record<HealthIssueStatus, string> = {
  Open: 'No open health issues',
  Closed: 'No closed health issues',
  Suppressed: 'No suppressed health issues',
};

/**
 * What a tab of the Health Center shows without rows: nothing in the tab at all, or (with filters
 * on, and issues in the tab) nothing that matches the filters, with a way to clear them.
 */
export function HealthEmptyState({
  status,
  inTab,
  filtered,
  onClearFilters,
}: {
  status: HealthIssueStatus;
  /** Issues in the tab before the filters. */
  inTab: number;
  /** Whether scope or severity filters are on. */
  filtered: boolean;
  onClearFilters: () => void;
}) {
  const name = status.toLowerCase();
  if (filtered && inTab > 0) {
    return (
      <EmptyState
        icon={<SearchRegular />}
        title={`No ${name} health issues match your filters`}
        action={
          <Button icon={<FilterDismissRegular />} onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      >
        Try another scope or severity, or clear the filters to see{' '}
        {inTab === 1 ? `the ${name} issue` : `all ${inTab} ${name} issues`}.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={status === 'Open' ? <CheckmarkCircleRegular /> : <HeartPulseRegular />}
      title={tabEmpty[status]}
    >
      {status === 'Open'
        ? 'The service finds nothing wrong with your sensors and settings right now.'
        : 'Issues you close or suppress are listed here.'}
    </EmptyState>
  );
}
