import { alertFilterSchema, type AlertCounts, type AlertFilter } from '@/api/contracts/alerts';

/** The timeline's filter from the URL (`?filter=`): Open when missing or unknown (catalog §4.1). */
export function parseAlertFilter(value: string | null): AlertFilter {
  const parsed = alertFilterSchema.safeParse(value);
  return parsed.success ? parsed.data : 'Open';
}

/** The URL value of a filter: Open, the default, is left out so the plain path means it. */
export const filterParam = (filter: AlertFilter): string | null =>
  filter === 'Open' ? null : filter;

export interface FilterItem {
  filter: AlertFilter;
  label: string;
  /** Nested under Open (the severities of open alerts). */
  nested: boolean;
}

/** The Filter by pane, in the portal's order: All, Open (High, Medium, Low), Closed, Suppressed. */
export const filterItems: readonly FilterItem[] = [
  { filter: 'All', label: 'All', nested: false },
  { filter: 'Open', label: 'Open', nested: false },
  { filter: 'High', label: 'High', nested: true },
  { filter: 'Medium', label: 'Medium', nested: true },
  { filter: 'Low', label: 'Low', nested: true },
  { filter: 'Closed', label: 'Closed', nested: false },
  { filter: 'Suppressed', label: 'Suppressed', nested: false },
];

/** How the list is described: "open alerts", "open High alerts", "suppressed alerts", "alerts". */
export function filterNoun(filter: AlertFilter): string {
  switch (filter) {
    case 'All':
      return 'alerts';
    case 'High':
    case 'Medium':
    case 'Low':
      return `open ${filter} severity alerts`;
    default:
      return `${filter.toLowerCase()} alerts`;
  }
}

/** What an empty list says, per filter. */
export function emptyMessage(
  filter: AlertFilter,
  counts: AlertCounts | undefined,
): {
  title: string;
  body: string;
} {
  const all = counts?.All ?? 0;
  if (filter === 'All' || all === 0) {
    return {
      title: 'No security alerts',
      body: 'Vigil raises an alert when a detection sees suspicious activity on your domain controllers. New alerts appear here as they are raised.',
    };
  }
  if (filter === 'Closed')
    return {
      title: 'No closed alerts',
      body: 'Alerts you close, or close and exclude, are listed here.',
    };
  if (filter === 'Suppressed')
    return {
      title: 'No suppressed alerts',
      body: 'Alerts you suppress are listed here. A suppressed alert is raised again if its activity resumes after 7 days.',
    };
  if (filter === 'Open')
    return {
      title: 'No open alerts',
      body: 'Every alert has been closed or suppressed. New alerts appear here as they are raised.',
    };
  return {
    title: `No open ${filter} severity alerts`,
    body: `No open alert has ${filter} severity. Choose Open to see every open alert.`,
  };
}
