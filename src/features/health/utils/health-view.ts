import {
  healthIssueStatusSchema,
  healthScopeSchema,
  type HealthIssue,
  type HealthIssueStatus,
  type HealthScope,
} from '@/api/contracts/health';
import { severitySchema, type Severity } from '@/api/contracts/vocabulary';
import type { SearchParamUpdate } from '@/lib/url-state';

/** The Health Center's view as the URL holds it: `status`, `scope`, `severity`, `issue`. */
export interface HealthView {
  status: HealthIssueStatus;
  scope: HealthScope | null;
  severity: Severity | null;
  /** Id of the selected issue. */
  issue: string | null;
}

function oneOf<T extends string>(options: readonly T[], value: string | null): T | null {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseHealthView(params: URLSearchParams): HealthView {
  return {
    status: oneOf(healthIssueStatusSchema.options, params.get('status')) ?? 'Open',
    scope: oneOf(healthScopeSchema.options, params.get('scope')),
    severity: oneOf(severitySchema.options, params.get('severity')),
    issue: params.get('issue') || null,
  };
}

export function serializeHealthView(change: Partial<HealthView>): SearchParamUpdate {
  const update: SearchParamUpdate = {};
  if ('status' in change) update.status = change.status === 'Open' ? null : change.status;
  if ('scope' in change) update.scope = change.scope;
  if ('severity' in change) update.severity = change.severity;
  if ('issue' in change) update.issue = change.issue;
  return update;
}

/** Whether a filter (scope or severity, not the tab or the selection) narrows the tab's issues. */
export function hasActiveHealthFilters(view: HealthView): boolean {
  return view.scope !== null || view.severity !== null;
}

export const clearedHealthFilters: Partial<HealthView> = { scope: null, severity: null };

const severityRank: Record<Severity, number> = { High: 0, Medium: 1, Low: 2 };

/** The issues of the tab, filtered, most severe first, newest first within a severity. */
export function filterHealthIssues(
  issues: readonly HealthIssue[],
  view: HealthView,
): HealthIssue[] {
  return issues
    .filter(
      (i) =>
        i.status === view.status &&
        (view.scope === null || i.scope === view.scope) &&
        (view.severity === null || i.severity === view.severity),
    )
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] ||
        Date.parse(b.firstSeen) - Date.parse(a.firstSeen) ||
        a.id.localeCompare(b.id),
    );
}
