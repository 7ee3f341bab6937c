import type { AlertStatus, AlertStatusAction, AlertSummary } from '@/api/contracts/alerts';

/** One status action as the ⋮ menu offers it (catalog §4.2: label and helper line). */
export interface StatusActionItem {
  action: AlertStatusAction;
  label: string;
  helper: string;
}

/** The status actions an alert's status allows, in the menu's order. */
export function statusActions(
  alert: Pick<AlertSummary, 'status' | 'exclusionTarget'>,
): StatusActionItem[] {
  const reopen: StatusActionItem = {
    action: 'Reopen',
    label: 'Reopen',
    helper: 'Move the alert back to Open',
  };
  if (alert.status === 'Closed') return [reopen];
  const items: StatusActionItem[] = [
    { action: 'Close', label: 'Close', helper: 'Close now; alert again if the activity recurs' },
  ];
  if (alert.status === 'Open') {
    items.push({
      action: 'Suppress',
      label: 'Suppress',
      helper: 'Ignore the ongoing activity; alert if it resumes after 7 days',
    });
  }
  const target = alert.exclusionTarget;
  if (target) {
    items.push({
      action: 'CloseAndExclude',
      label: `Close and exclude ${target.value}`,
      helper: `Close now and never alert again for this activity from ${target.value}`,
    });
  }
  // A suppressed alert can also be closed, or reopened (catalog §4.2).
  if (alert.status === 'Suppressed') items.push(reopen);
  return items;
}

/** Whether an action applies to an alert of this status (keyboard shortcuts ask before acting). */
export function actionApplies(
  action: AlertStatusAction,
  alert: Pick<AlertSummary, 'status' | 'exclusionTarget'>,
): boolean {
  return statusActions(alert).some((item) => item.action === action);
}

/** The status an action leads to. */
export const statusAfter: Record<AlertStatusAction, AlertStatus> = {
  Close: 'Closed',
  Suppress: 'Suppressed',
  Reopen: 'Open',
  CloseAndExclude: 'Closed',
};

/** What the page says (and screen readers hear) once an action is done. */
export function actionDone(
  action: AlertStatusAction,
  alert: Pick<AlertSummary, 'title' | 'exclusionTarget'>,
): string {
  switch (action) {
    case 'Close':
      return `Alert closed: ${alert.title}`;
    case 'Suppress':
      return `Alert suppressed: ${alert.title}`;
    case 'Reopen':
      return `Alert reopened: ${alert.title}`;
    case 'CloseAndExclude':
      return `Alert closed and ${alert.exclusionTarget?.value ?? 'its entity'} excluded: ${alert.title}`;
  }
}

/** Why a status action can't be taken: the reason shown beside a disabled action. */
export const viewerReason = 'Viewers can’t change the status of alerts.';

/** Why a key's action does nothing to the selected alert. */
export function notApplicable(
  action: AlertStatusAction,
  alert: Pick<AlertSummary, 'title' | 'status'>,
): string {
  switch (action) {
    case 'Reopen':
      return `The alert is already open: ${alert.title}`;
    case 'CloseAndExclude':
      return alert.status === 'Closed'
        ? `The alert is already closed: ${alert.title}`
        : `This detection can’t exclude an entity: ${alert.title}`;
    case 'Close':
      return `The alert is already closed: ${alert.title}`;
    case 'Suppress':
      return `Only open alerts can be suppressed: ${alert.title}`;
  }
}
